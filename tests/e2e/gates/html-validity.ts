import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

/** Every error the W3C Nu HTML checker finds in the HTML files under `dir`, as `file:line: message`. */
export function validateHtml(dir: string): string[] {
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) throw run.error;
  const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  return messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map(
      (message) =>
        `${path.relative(dir, new URL(message.url).pathname)}:${message.lastLine ?? 0}: ${message.message}`,
    );
}
