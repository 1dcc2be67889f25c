// Astro's own error screens stay off open pages while the content check explains the problem.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DevErrorGuard, type HotMessage } from '../../src/lib/content/dev-error-guard.ts';

const imageNotFound = { type: 'error', err: { name: 'ImageNotFound' } } as HotMessage;
const reload = { type: 'full-reload', path: '*' };

describe('DevErrorGuard', () => {
  let sent: HotMessage[];
  let guard: DevErrorGuard;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    guard = new DevErrorGuard({ send: (message) => sent.push(message), settleMs: 3000 });
  });
  afterEach(() => vi.useRealTimers());

  test('while the content has errors, errors are dropped and other messages pass', () => {
    guard.contentChecked(true);
    guard.send(imageNotFound);
    guard.send(reload);
    guard.send({ type: 'custom' });
    vi.advanceTimersByTime(10_000);
    expect(sent).toEqual([reload, { type: 'custom' }]);
  });

  test('just after the errors clear, an error from the stale content becomes one reload', () => {
    guard.contentChecked(true);
    guard.contentChecked(false);
    guard.send(imageNotFound);
    guard.send(imageNotFound);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(sent).toEqual([reload]);
  });

  test('once the content has settled, errors pass: they are about the code', () => {
    guard.contentChecked(true);
    guard.contentChecked(false);
    vi.advanceTimersByTime(3001);
    guard.send(imageNotFound);
    expect(sent).toEqual([imageNotFound]);
  });

  test('with content that never had errors, errors pass at once', () => {
    guard.contentChecked(false);
    guard.send(imageNotFound);
    expect(sent).toEqual([imageNotFound]);
  });
});
