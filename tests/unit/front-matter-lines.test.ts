// Front-matter problems point at the line of their field, as body problems do.
import { describe, expect, test } from 'vitest';
import { frontMatterLine } from '../../src/lib/content/front-matter-lines.ts';

const story = [
  '---',
  "title: 'A day'",
  'hero:',
  "  src: '../images/stories/x.webp'",
  "  alt: ''",
  'people:',
  "  - name: 'Ana Pop'",
  '    consent: { date: 2026-01-01, scope: [text] }',
  '---',
  '',
  'Body.',
].join('\n');

describe('the line of a front-matter field', () => {
  test('is the line of its value, inside groups and lists', () => {
    expect(frontMatterLine(story, 'title')).toBe(2);
    expect(frontMatterLine(story, 'hero.src')).toBe(4);
    expect(frontMatterLine(story, 'people[0].consent.scope[0]')).toBe(8);
  });

  test('of a missing field is its nearest ancestor’s; of a missing top field, none', () => {
    expect(frontMatterLine(story, 'people[0].consent.reference')).toBe(8);
    expect(frontMatterLine(story, 'people[0].anonymised')).toBe(7);
    expect(frontMatterLine(story, 'description')).toBeUndefined();
    expect(frontMatterLine('No front matter.', 'title')).toBeUndefined();
  });
});
