// What `npm run dev` shows while the content has problems: the overlay's fields, the page under
// it, and when the terminal speaks. The dev-server build test shows them in a real browser.
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { overlayError } from '../../src/lib/content/dev-overlay.ts';
import { overlayScript, problemPage } from '../../src/lib/content/dev-problem-page.ts';
import {
  LiveContentCheck,
  liveReport,
  type CheckResult,
} from '../../src/lib/content/live-check.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { editedContent, fixedToday } from '../helpers/content-fixture.ts';

const story = 'stories/first-jobs.mdx';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/**
 * The check of a copy of the valid fixture after `edit` (kept until the tests end), and the
 * site folder its file names start from.
 */
function checked(edit: Parameters<typeof editedContent>[0]) {
  const content = editedContent(edit);
  cleanups.push(content.cleanup);
  const { problems, files } = validateContent(content.dir, { today: fixedToday });
  return { problems, files, root: path.dirname(content.dir) };
}

describe('the overlay error', () => {
  test('lists every problem with file:line and did-you-mean, and opens the first file at its line', () => {
    const { problems, root } = checked((c) => {
      c.replace(story, 'dataset="mentees"', 'dataset="mentess"');
      c.replace(story, '<KeyFigure dataset="recycling"', '<KeyFigur dataset="recycling"');
    });
    const error = overlayError(problems, root);
    expect(error?.title).toMatchInlineSnapshot(`"2 problems in 1 file to fix"`);
    expect(error?.message.replaceAll('</li>', '</li>\n')).toMatchInlineSnapshot(`
      "<ul><li><strong>content/stories/first-jobs.mdx:14</strong>: &#60;KeyFigure&#62;: dataset: unknown dataset &#34;mentess&#34;: there is no content/datasets/mentess.json; did you mean &#34;mentees&#34;?</li>
      <li><strong>content/stories/first-jobs.mdx:34</strong>: &#60;KeyFigur&#62;: unknown component &#60;KeyFigur&#62;; did you mean &#60;KeyFigure&#62;?</li>
      </ul>"
    `);
    expect(error?.hint).toMatchInlineSnapshot(
      `"Fix each line in your editor and save: this page comes back by itself once every problem is fixed. <code>npm run check</code> prints the same list."`,
    );
    expect(error?.loc).toEqual({ file: path.join(root, 'content', story), line: 14 });
    // The story's own text, its line 14 marked for the overlay to scroll to.
    expect(error?.highlightedCode).toContain(
      '<span class="line error-line">In 2024, &#60;KeyFigure dataset=&#34;mentess&#34;',
    );
    expect(error?.highlightedCode?.match(/error-line/g)).toHaveLength(1);
    expect(error?.stack).toBe('');
  });

  test('a problem without a line: the file alone, no line marked', () => {
    const description =
      "description: 'How employees of the fixture contact centre mentor young people into their first job.'\n";
    const { problems, root } = checked((c) => c.replace(story, description, ''));
    const error = overlayError(problems, root);
    expect(error?.message).toMatchInlineSnapshot(
      `"<ul><li><strong>content/stories/first-jobs.mdx</strong>: description: expected text, found nothing</li></ul>"`,
    );
    expect(error?.loc).toEqual({ file: path.join(root, 'content', story), line: undefined });
    expect(error?.highlightedCode).not.toContain('error-line');
  });

  test('warnings alone cover nothing; with errors they follow them, marked', () => {
    const warning = {
      file: 'content/stories/a.mdx:3',
      path: 'date',
      message: 'in the future',
      severity: 'warning' as const,
    };
    expect(overlayError([warning], '/nowhere')).toBeUndefined();
    const error = overlayError(
      [warning, { file: 'content/datasets/gone.json', path: '', message: 'is not <valid> JSON' }],
      '/nowhere',
    );
    expect(error?.message).toMatchInlineSnapshot(
      `"<ul><li><strong>content/datasets/gone.json</strong>: is not &#60;valid&#62; JSON</li><li>warning: <strong>content/stories/a.mdx:3</strong>: date: in the future</li></ul>"`,
    );
    // The file cannot be read: no code box rather than a wrong one.
    expect(error?.loc).toBeUndefined();
    expect(error?.highlightedCode).toBeUndefined();
  });
});

describe('the problem page', () => {
  const { problems, files, root } = checked((c) =>
    c.replace(story, '<KeyFigure dataset="recycling"', '<KeyFigur dataset="recycling"'),
  );

  test('shows the report without JavaScript and loads the overlay under the base path', () => {
    const html = problemPage(
      { problems, files },
      { base: '/impact/', overlayScriptUrl: '/impact/__x.js' },
    );
    expect(html).toContain('<title>Content problems to fix</title>');
    expect(html).toContain('<script type="module" src="/impact/@vite/client"></script>');
    expect(html).toContain('<script type="module" src="/impact/__x.js"></script>');
    expect(html).toContain(
      '<p>content/stories/first-jobs.mdx:34: &#60;KeyFigur&#62;: unknown component &#60;KeyFigur&#62;; did you mean &#60;KeyFigure&#62;?</p>\n<p>1 problem in 1 file.</p>',
    );
  });

  test('the overlay script draws the error with the overlay Vite serves under the base', () => {
    const error = overlayError(problems, root);
    if (error === undefined) throw new Error('expected an error');
    const script = overlayScript(error, '/impact/');
    expect(script.split('\n')[0]).toBe('import { ErrorOverlay } from "/impact/@vite/client";');
    expect(script).toContain(JSON.stringify(error));
  });
});

describe('the live check', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const ok: CheckResult = { problems: [], files: 12 };
  const broken: CheckResult = {
    problems: [
      { file: 'content/stories/a.mdx:14', path: '', message: 'unknown component <KeyFigur>' },
    ],
    files: 12,
  };

  test('changes close together make one run; settled() waits for it', async () => {
    vi.useFakeTimers();
    const runs: CheckResult[] = [];
    let next = broken;
    const live = new LiveContentCheck({
      initial: ok,
      run: () => next,
      onResult: (result) => runs.push(result),
      delayMs: 100,
    });
    live.changed();
    vi.advanceTimersByTime(60);
    live.changed();
    const settled = live.settled();
    vi.advanceTimersByTime(99);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    await expect(settled).resolves.toBe(broken);
    expect(runs).toEqual([broken]);
    next = ok;
    await expect(live.settled()).resolves.toBe(broken);
    live.changed();
    vi.advanceTimersByTime(100);
    expect(live.latest).toBe(ok);
  });

  test('the terminal hears of new problems, of nothing when nothing changed, and when all is fixed', () => {
    expect(liveReport(broken, ok)).toMatchInlineSnapshot(`
      "content/stories/a.mdx:14: unknown component <KeyFigur>

      1 problem in 1 file."
    `);
    expect(liveReport(broken, broken)).toBeUndefined();
    expect(liveReport(ok, ok)).toBeUndefined();
    expect(liveReport(ok, broken)).toMatchInlineSnapshot(
      `"All content problems are fixed. Content OK: 12 files checked, no problems."`,
    );
  });
});
