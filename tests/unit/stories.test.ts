import { describe, expect, it } from 'vitest';
import { storiesByPillar } from '../../src/lib/stories/pillars.ts';
import { readingMinutes } from '../../src/lib/stories/reading-time.ts';
import { relatedStories } from '../../src/lib/stories/related.ts';
import { storiesByTag, tagSlug } from '../../src/lib/stories/tags.ts';

const story = (
  id: string,
  data: { programme: string; date?: string; partners?: string[]; tags?: string[] },
) => ({ id, data: { title: id, date: '2026-01-01', ...data } });

describe('relatedStories', () => {
  const current = story('current', {
    programme: 'mentoring',
    partners: ['youth-ngo', 'school'],
    tags: ['Education', 'youth'],
  });
  const sameProgramme = story('same-programme', { programme: 'mentoring' });
  const twoPartners = story('two-partners', {
    programme: 'trees',
    partners: ['youth-ngo', 'school'],
  });
  const oneTag = story('one-tag', { programme: 'trees', tags: ['education'] });
  const unrelated = story('unrelated', { programme: 'trees', partners: ['x'], tags: ['trees'] });

  it('ranks by shared programme, partners and tags, and leaves out stories sharing nothing', () => {
    const related = relatedStories(current, [
      unrelated,
      oneTag,
      sameProgramme,
      twoPartners,
      current,
    ]);
    expect(related.map(({ id }) => id)).toEqual(['two-partners', 'same-programme', 'one-tag']);
  });

  it('breaks ties by date, newest first, then title', () => {
    const older = story('b-older', { programme: 'mentoring', date: '2025-01-01' });
    const newer = story('c-newer', { programme: 'mentoring', date: '2026-03-01' });
    const sameDay = story('a-same-day', { programme: 'mentoring', date: '2026-03-01' });
    expect(relatedStories(current, [older, newer, sameDay]).map(({ id }) => id)).toEqual([
      'a-same-day',
      'c-newer',
      'b-older',
    ]);
  });

  it('returns at most `limit` stories and never the story itself', () => {
    const many = Array.from({ length: 6 }, (_, i) => story(`s${i}`, { programme: 'mentoring' }));
    expect(relatedStories(current, [current, ...many], { limit: 2 })).toHaveLength(2);
    expect(relatedStories(current, [current])).toEqual([]);
  });

  it('compares tags through the given normalisation', () => {
    const accented = story('accented', { programme: 'trees', tags: ['Éducation'] });
    const plain = story('plain', { programme: 'x', tags: ['education'] });
    expect(relatedStories(plain, [accented])).toEqual([]);
    expect(relatedStories(plain, [accented], { normalise: tagSlug })).toEqual([accented]);
  });
});

describe('tags', () => {
  it('makes URL segments without accents, case or punctuation', () => {
    expect(tagSlug('Blood donation')).toBe('blood-donation');
    expect(tagSlug('  Mănăștur & Gheorgheni ')).toBe('manastur-gheorgheni');
    expect(tagSlug('B4SI')).toBe('b4si');
    expect(tagSlug('!!')).toBe('');
  });

  it('groups stories by tag, spelling variants on one page, labelled as first written', () => {
    const a = story('a', { programme: 'p', tags: ['Blood donation', 'health'] });
    const b = story('b', { programme: 'p', tags: ['blood  donation'] });
    const c = story('c', { programme: 'p', tags: ['health', 'health', '!!'] });
    expect(
      storiesByTag([a, b, c]).map(({ slug, label, stories }) => [
        slug,
        label,
        stories.map(({ id }) => id),
      ]),
    ).toEqual([
      ['blood-donation', 'Blood donation', ['a', 'b']],
      ['health', 'health', ['a', 'c']],
    ]);
  });
});

describe('storiesByPillar', () => {
  it("groups by the programme's pillar in the site's pillar order, empty pillars left out", () => {
    const pillars = new Map([
      ['trees', 'environment'],
      ['mentoring', 'education'],
    ] as const);
    const trees = story('trees-story', { programme: 'trees' });
    const mentoring = story('mentoring-story', { programme: 'mentoring' });
    const orphan = story('orphan', { programme: 'unknown' });
    expect(
      storiesByPillar([trees, orphan, mentoring], pillars).map(({ pillar, stories }) => [
        pillar,
        stories.map(({ id }) => id),
      ]),
    ).toEqual([
      ['education', ['mentoring-story']],
      ['environment', ['trees-story']],
    ]);
  });
});

describe('readingMinutes', () => {
  it('counts the words readers read, at 200 a minute, at least one minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes(words(1000))).toBe(5);
    expect(readingMinutes('Short.')).toBe(1);
    const tag = `<KeyFigure ${words(400).replaceAll('word', 'x="y"')} />`;
    expect(readingMinutes(`${words(600)} ${tag} {/* ${words(400)} */}`)).toBe(3);
  });
});
