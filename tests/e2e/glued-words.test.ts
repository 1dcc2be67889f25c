// Words run together around links and other inline elements ("browseall stories") in the built
// pages: Astro's HTML compression drops the line break between a text line and an element on
// the next line, so the markup needs an explicit `{' '}` there.
import { expect, inject, test } from 'vitest';
import { gluedWords, gluedWordsInSite } from './gates/glued-words.ts';
import { listPages } from './gates/pages.ts';

test('the check finds a word glued to a link on either side, and allows punctuation', () => {
  expect(gluedWords('<body><p>browse<a href="/">all stories</a> or</p></body>')).toEqual([
    'browse|all stories| or',
  ]);
  expect(gluedWords('<body><p>the <a href="/">data</a>sets</p></body>')).toEqual([
    'the |data|sets',
  ]);
  expect(gluedWords('<body><p>See <a href="/">the data</a>, or <em>not</em>.</p></body>')).toEqual(
    [],
  );
});

test('no page of the built site glues a word to a link or an inline element', () => {
  const siteDir = inject('siteDir');
  expect(gluedWordsInSite(siteDir, listPages(siteDir))).toEqual([]);
});
