import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages whose code or data shape a chart's bytes. */
const renderingPackages = ['chart.js', '@napi-rs/canvas', '@expo-google-fonts/inter'] as const;

/**
 * A SHA-256 of the TypeScript sources under `sourceDir` (names and bytes, in a stable order) and
 * the versions of `packages` as installed.
 */
export function sourceFingerprint(sourceDir: string, packages: readonly string[]): string {
  const hash = createHash('sha256');
  const sources = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();
  for (const file of sources) hash.update(file).update(readFileSync(path.join(sourceDir, file)));
  for (const name of packages) {
    // Found through the package's entry point: not every package exports its package.json.
    const manifest = findPackageJSON(name, import.meta.url) ?? '';
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    hash.update(`${name}@${version}`);
  }
  return hash.digest('hex');
}

let fingerprint: string | undefined;

/**
 * What a chart file's bytes depend on besides its dataset and options: the source of `src/lib`
 * (chart code, colours, number and period formatting, figures) and the versions of the chart,
 * canvas and font packages (`sourceFingerprint`). Part of every cache key, so a change to any of
 * them draws the charts again instead of serving stale files. Computed once per process.
 */
export function rendererFingerprint(): string {
  fingerprint ??= sourceFingerprint(
    fileURLToPath(new URL('.', import.meta.url)),
    renderingPackages,
  );
  return fingerprint;
}

let analyser: string | undefined;

/**
 * What an MDX analysis (`analyseMdx`) depends on besides the text: the source of `src/lib` and
 * the versions of the MDX parser packages. Part of every key of the MDX analysis cache.
 */
export function analyserFingerprint(): string {
  analyser ??= sourceFingerprint(fileURLToPath(new URL('.', import.meta.url)), [
    '@mdx-js/mdx',
    'remark-gfm',
  ]);
  return analyser;
}
