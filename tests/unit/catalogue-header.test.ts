// The words a catalogue page says it shows, the same for its static page and for the filter
// script (which copies them from the filter links).
import { expect, test } from 'vitest';
import { catalogueHeader } from '../../src/lib/data-catalogue.ts';

test('the whole catalogue and a filtered one name what they show and how many', () => {
  expect(catalogueHeader(13)).toEqual({
    heading: 'Data',
    lead: 'Every figure on this site comes from one of these 13 datasets, each with its methodology, sources and verification.',
  });
  const education = { facet: 'pillar', value: 'education', label: 'Education', count: 4 } as const;
  expect(catalogueHeader(13, { option: education, facetLabel: 'Pillar' })).toEqual({
    heading: 'Data: Education',
    lead: '4 datasets of 13, filtered by pillar: Education.',
  });
  const one = { ...education, count: 1 };
  expect(catalogueHeader(13, { option: one, facetLabel: 'Pillar' }).lead).toBe(
    '1 dataset of 13, filtered by pillar: Education.',
  );
});
