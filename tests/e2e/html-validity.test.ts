// The W3C Nu HTML checker over every HTML file of the build.
import { expect, inject, test } from 'vitest';
import { validateHtml } from './gates/html-validity.ts';

test('the Nu HTML checker finds no error in any page', () => {
  expect(validateHtml(inject('siteDir'))).toEqual([]);
});
