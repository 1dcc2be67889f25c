// The synthetic site of `npm run bench`: the same seed gives the same files, and the site is
// valid content (a benchmark of a site the check refuses would measure nothing).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateBenchSite } from '../../scripts/bench/generate.ts';
import { formatProblem, isError } from '../../src/lib/content/problem.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function generate(seed: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-bench-test-'));
  folders.push(dir);
  return { dir, site: generateBenchSite({ stories: 12, datasets: 8, seed, dir }) };
}

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(
    names.flatMap((name) => {
      const file = path.join(dir, name);
      try {
        return [[name, readFileSync(file)] as const];
      } catch {
        return []; // a folder
      }
    }),
  );
}

describe('the benchmark content generator', () => {
  const first = generate(7);
  const second = generate(7);
  const other = generate(8);

  test('the same seed gives identical files, byte for byte', () => {
    const a = files(first.dir);
    const b = files(second.dir);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
    // 1 site + 6 programmes + 8 partners + 8 datasets (+ CSV) + 12 stories + 2 pages; 12 plain.
    expect(readdirSync(path.join(first.site.contentDir, 'stories'))).toHaveLength(12);
    expect(readdirSync(first.site.plainStoriesDir)).toHaveLength(12);
  });

  test('another seed gives other stories', () => {
    const a = files(first.dir);
    const c = files(other.dir);
    const differing = [...a].filter(([name, bytes]) => !c.get(name)?.equals(bytes));
    expect(differing.length).toBeGreaterThan(12);
  });

  test('every fourth story has a chart and a key figure; its plain copy has neither', () => {
    const stories = readdirSync(first.site.plainStoriesDir);
    const withComponents = stories.filter((name) =>
      /<ImpactChart dataset="[a-z0-9-]+"[^>]*\/>/.test(
        readFileSync(path.join(first.site.contentDir, 'stories', name), 'utf8'),
      ),
    );
    expect(withComponents).toHaveLength(3);
    for (const name of withComponents) {
      const text = readFileSync(path.join(first.site.contentDir, 'stories', name), 'utf8');
      expect(text).toMatch(/<KeyFigure dataset="[a-z0-9-]+"[^>]* period="[^"]+" label=/);
    }
    for (const name of stories) {
      const plain = readFileSync(path.join(first.site.plainStoriesDir, name), 'utf8');
      expect(plain).not.toMatch(/<[A-Z]/);
      const words = plain.split(/\s+/).length;
      expect(words).toBeGreaterThan(650);
      expect(words).toBeLessThan(1200);
    }
  });

  test('the generated site passes the content check', () => {
    const { problems } = validateContent(first.site.contentDir, { today: '2026-11-29' });
    expect(problems.filter(isError).map(formatProblem)).toEqual([]);
  });
});
