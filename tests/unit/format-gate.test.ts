// The formatting gate of `npm run lint` (and so of CI) checks the code, never the authors'
// content: a valid story with untidy spacing must not fail CI. Runs the lint script's own
// Prettier command on a temporary project.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const lintScript = (
  JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['lint'];
// The Prettier part of the lint script, as written there.
const prettierCheck = /prettier --check [^&]*/.exec(lintScript ?? '')?.[0].trim() ?? '';
const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-format-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(workDir, file)), { recursive: true });
  writeFileSync(path.join(workDir, file), text);
}

function runCheck() {
  const prettier = path.resolve('node_modules/prettier/bin/prettier.cjs');
  const [, ...args] = prettierCheck.split(' ');
  const run = spawnSync(
    process.execPath,
    [prettier, ...args.map((arg) => arg.replace(/^'|'$/g, ''))],
    { cwd: workDir, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('content with untidy spacing passes the gate; untidy code does not', () => {
  expect(prettierCheck).toMatch(/^prettier --check /);
  write(
    'content/stories/untidy.mdx',
    "---\ntitle:   'A story'\n---\n\nSome    text,\n\n\n\nmore.\n",
  );
  write('src/tidy.ts', 'export const x = 1;\n');
  expect(runCheck()).toMatchObject({ status: 0 });

  write('src/untidy.ts', 'export const  y=2\n');
  const run = runCheck();
  expect(run.status).toBe(1);
  expect(run.output).toContain('src/untidy.ts');
  expect(run.output).not.toContain('untidy.mdx');
});
