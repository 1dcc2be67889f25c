// Every internal link and fragment anchor resolves (external links skipped: no network here).
import { expect, inject, test } from 'vitest';
import { findBrokenLinks } from './gates/links.ts';

test('no broken internal link or fragment anchor', async () => {
  expect(await findBrokenLinks(`${inject('baseUrl')}/`)).toEqual([]);
});
