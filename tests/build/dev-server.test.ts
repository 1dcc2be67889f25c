// `npm run dev` serves the same chart endpoints as the build, from the content as it is now:
// an edited dataset's chart changes on reload.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { realEnvironment } from '../helpers/build-site.ts';
import { editedContent } from '../helpers/content-fixture.ts';

const port = 4300 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const content = editedContent(() => undefined);
let server: ChildProcess;
let log = '';

/** The largest number written as text in a chart SVG, years apart (the top tick of its axis). */
const largestNumber = (svg: string) =>
  Math.max(
    ...[...svg.matchAll(/<text [^>]*>([\d,]+)<\/text>/g)]
      .map((match) => match[1] ?? '')
      .filter((text) => !/^(19|20)\d\d$/.test(text))
      .map((text) => Number(text.replaceAll(',', ''))),
  );

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

beforeAll(async () => {
  const env = realEnvironment();
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, IMPACT_LEDGER_CONTENT: content.dir, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
      log += `GET / ${response.status}: ${(await response.text()).slice(0, 300)}\n`;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not answer within 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 90_000);

afterAll(() => {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  content.cleanup();
});

describe('the dev server', () => {
  test('serves a chart the page links to, and the chart follows an edit of its dataset', async () => {
    const page = await get('/data/mentees/');
    expect(page.text).toContain('src="/charts/mentees.svg"');
    const before = await get('/charts/mentees.svg');
    expect(before).toMatchObject({ status: 200, type: 'image/svg+xml' });
    // Values up to 70 mentees: the axis ends below 100.
    expect(largestNumber(before.text)).toBeLessThan(100);

    const file = path.join(content.dir, 'datasets/mentees.json');
    const dataset = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      dataset.replace('"period": "2025", "value": 70', '"period": "2025", "value": 700'),
    );
    let after = before;
    const deadline = Date.now() + 90_000;
    while (largestNumber(after.text) < 700 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await get('/charts/mentees.svg');
    }
    // What the server answered and logged, should the chart not follow the edit.
    const answer = `${after.status} ${after.type}: ${after.text.slice(0, 400)}\n${log.slice(-3000)}`;
    expect(largestNumber(after.text), answer).toBeGreaterThanOrEqual(700);
    expect((await get('/charts/mentees.png')).type).toBe('image/png');
  }, 150_000);
});
