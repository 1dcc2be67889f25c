// What the programme, partner and data pages derive from the content: words for codes and enum
// values, places, measures, a partner's results, and the data catalogue's filters.
import { describe, expect, test } from 'vitest';
import sdgGoals from '../../src/data/sdg-targets.json' with { type: 'json' };
import sdgTitles from '../../src/data/sdg-target-titles.json' with { type: 'json' };
import {
  catalogueEntries,
  catalogueOptions,
  passes,
  type CatalogueContent,
} from '../../src/lib/data-catalogue.ts';
import { latestValues } from '../../src/lib/figures/latest-values.ts';
import { formatCountry, formatDate, formatPlaces, placeNames } from '../../src/lib/format.ts';
import {
  frameworkGroups,
  griDisclosureName,
  licenceName,
  sdgTargetName,
} from '../../src/lib/framework-names.ts';
import { b4siLabel, partnerRoleLabels } from '../../src/lib/labels.ts';
import { continuedLabel, measureText, statedUnit } from '../../src/lib/measure-text.ts';
import { partnerActivity } from '../../src/lib/partner-activity.ts';
import type { Dataset, Measure } from '../../src/schemas/index.ts';
import { makeDataset } from '../helpers/datasets.ts';

const measure = (label: string, unit: Measure['unit']): Measure => ({
  label,
  unit,
  aggregation: 'sum',
  seriesAddUp: false,
});

describe('dates, countries and places in the site locale', () => {
  test('dates follow the locale: day first in British English, month first in American', () => {
    expect(formatDate('2025-12-18', 'en-GB')).toBe('18 December 2025');
    expect(formatDate('2025-12-18', 'en-US')).toBe('December 18, 2025');
    expect(formatDate('2025-12-18', 'ro-RO')).toBe('18 decembrie 2025');
  });

  test('country codes become names in the site language', () => {
    expect(formatCountry('RO', 'en-GB')).toBe('Romania');
    expect(formatCountry('RO', 'ro')).toBe('România');
  });

  test('places name each region and country once', () => {
    const places = [
      { name: 'Cluj-Napoca', region: 'Cluj', country: 'RO' },
      { name: 'Gherla', region: 'Cluj', country: 'RO' },
      { name: 'Turda', region: 'Cluj', country: 'RO' },
      { name: 'Debrecen', country: 'HU' },
    ];
    expect(formatPlaces(places, 'en-GB')).toBe(
      'Cluj-Napoca, Gherla and Turda (Cluj), Romania; Debrecen, Hungary',
    );
  });

  test('a place is named once, and a district does not repeat its city', () => {
    const city = { name: 'Cluj-Napoca', region: 'Cluj', country: 'RO' };
    const district = { name: 'Mănăștur, Cluj-Napoca', region: 'Cluj', country: 'RO' };
    expect(placeNames([city, district, city])).toEqual(['Cluj-Napoca', 'Mănăștur']);
    expect(placeNames([district])).toEqual(['Mănăștur (Cluj-Napoca)']);
    expect(formatPlaces([city, district, city], 'en-GB')).toMatchInlineSnapshot(
      `"Cluj-Napoca and Mănăștur (Cluj), Romania"`,
    );
    expect(formatPlaces([district], 'en-GB')).toMatchInlineSnapshot(
      `"Mănăștur (Cluj-Napoca, Cluj), Romania"`,
    );
  });
});

describe('a chart states its unit only when it adds something', () => {
  test.each([
    ['Units of whole blood', { label: 'units', kind: 'count' }, undefined],
    ['Drives held', { label: 'units', kind: 'count' }, undefined],
    ['Volunteering hours', { label: 'hours', kind: 'duration' }, undefined],
    ['Waste sent for recycling', { label: 'kg', kind: 'mass' }, 'kg'],
    ['Community investment', { label: 'RON', kind: 'currency', currency: 'RON' }, 'RON'],
    ['Share of trees alive', { label: '%', kind: 'percent' }, '%'],
  ] as const)('%s (%o): %s', (label, unit, expected) => {
    expect(statedUnit({ label, unit, aggregation: 'sum', seriesAddUp: false })).toBe(expected);
  });
});

describe('a series label after a dash continues the phrase', () => {
  test.each([
    ['Completed the programme', [], 'completed the programme'],
    ['Plastic and metal packaging', [], 'plastic and metal packaging'],
    ['NGO grants', [], 'NGO grants'],
    ['eWaste', [], 'eWaste'],
    ['Cluj office', ['Hours given by staff of our Cluj office.'], 'Cluj office'],
    ['Cluj office', ['Cluj staff gave hours.'], 'cluj office'],
  ])('%s (context %o) reads as %s', (label, context, expected) => {
    expect(continuedLabel(label, context)).toBe(expected);
  });
});

describe('measures say their unit once', () => {
  test.each([
    ['Units of whole blood', { label: 'units', kind: 'count' }, 'Units of whole blood'],
    ['Volunteering hours', { label: 'hours', kind: 'duration' }, 'Volunteering hours'],
    ['Trees planted', { label: 'trees', kind: 'count' }, 'Trees planted'],
    ['Drive day', { label: 'drive days', kind: 'count' }, 'Drive day'],
    [
      'Community investment',
      { label: 'RON', kind: 'currency', currency: 'RON' },
      'Community investment, in RON',
    ],
    ['Waste sent for recycling', { label: 'kg', kind: 'mass' }, 'Waste sent for recycling, in kg'],
  ] as const)('%s (%o)', (label, unit, expected) => {
    expect(measureText(measure(label, unit))).toBe(expected);
  });
});

describe('framework codes with their names', () => {
  test('every titled SDG target is one of the 169, and the example content’s targets have titles', () => {
    const all = Object.values(sdgGoals).flatMap(({ targets }) => targets);
    expect(all).toHaveLength(169);
    for (const id of Object.keys(sdgTitles)) expect(all).toContain(id);
    for (const id of ['3.8', '4.4', '8.6', '11.6', '11.7', '12.5', '15.2', '15.3', '17.17'])
      expect(sdgTargetName(id).title, id).toBeTruthy();
  });

  test('a target without a title still names its goal', () => {
    expect(sdgTargetName('1.a')).toEqual({
      id: '1.a',
      goal: 'Goal 1: No poverty',
      title: undefined,
    });
    expect(frameworkGroups({ sdgTargets: ['1.a'] })[0]?.entries).toEqual([
      { code: 'Target 1.a', name: 'Goal 1: No poverty' },
    ]);
  });

  test('GRI disclosures, licences, B4SI and roles read as words', () => {
    expect(griDisclosureName('306-4')).toBe('Waste diverted from disposal');
    expect(licenceName('CC-BY-4.0')).toEqual({
      id: 'CC-BY-4.0',
      name: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(licenceName('MPL-2.0').url).toBe('https://spdx.org/licenses/MPL-2.0.html');
    expect(b4siLabel({ layer: 'impact', type: 'business' })).toBe(
      'Impact (what changes for people and organisations): Impact on the business',
    );
    expect(b4siLabel({ layer: 'input' })).toBe('Input (what the company contributes)');
    expect(partnerRoleLabels.beneficiary).toBe('Beneficiary partner');
  });

  test('frameworks without entries are left out, in a fixed order', () => {
    const groups = frameworkGroups({
      gri: ['413-1'],
      iris: [{ id: 'PI4060', version: '5.3' }],
      sdgTargets: [],
    });
    expect(groups.map(({ framework }) => framework)).toEqual(['GRI Standards', 'IRIS+']);
    expect(groups[1]?.entries).toEqual([{ code: 'PI4060', name: 'IRIS+ catalogue version 5.3' }]);
  });
});

const yearly = (values: Record<string, number>, series?: string) =>
  Object.entries(values).map(([period, value]) => ({ period, value, series }));

describe('latest values', () => {
  const options = { locale: 'en-GB', today: '2026-06-30' };

  test('the latest complete year, total of series that add up', () => {
    const dataset = makeDataset({
      measure: { ...measure('Kilograms', { label: 'kg', kind: 'mass' }), seriesAddUp: true },
      series: [
        { id: 'a', label: 'Paper' },
        { id: 'b', label: 'Glass' },
      ],
      observations: [
        ...yearly({ 2024: 1, 2025: 2, 2026: 9 }, 'a'),
        ...yearly({ 2024: 3, 2025: 4 }, 'b'),
      ],
    });
    expect(latestValues(dataset, options).map(({ text, period }) => [text, period])).toEqual([
      ['6 kg', '2025'],
    ]);
  });

  test('series that do not add up are given one by one', () => {
    const dataset = makeDataset({
      measure: measure('People', { label: 'people', kind: 'count' }),
      series: [
        { id: 'enrolled', label: 'Enrolled' },
        { id: 'completed', label: 'Completed' },
      ],
      observations: [...yearly({ 2025: 40 }, 'enrolled'), ...yearly({ 2025: 31 }, 'completed')],
    });
    expect(
      latestValues(dataset, options).map(({ seriesLabel, text }) => [seriesLabel, text]),
    ).toEqual([
      ['Enrolled', '40 people'],
      ['Completed', '31 people'],
    ]);
  });

  test('a value that is not final says so with its period, wherever it is shown', () => {
    const dataset = makeDataset({
      measure: measure('People', { label: 'people', kind: 'count' }),
      observations: [
        { period: '2024', value: 30 },
        { period: '2025', value: 40, status: 'provisional' },
      ],
    });
    expect(latestValues(dataset, options).map(({ text, when }) => `${text} in ${when}`)).toEqual([
      '40 people in 2025, provisional',
    ]);
    const measured = makeDataset({ ...dataset, observations: yearly({ 2025: 40 }) });
    expect(latestValues(measured, options).map(({ when }) => when)).toEqual(['2025']);
  });

  test('a value made of a restated observation links to that change; others do not', () => {
    const dataset = makeDataset({
      measure: measure('People', { label: 'people', kind: 'count' }),
      observations: [
        { period: '2025-Q1', value: 10 },
        { period: '2025-Q2', value: 12 },
        { period: '2025-Q3', value: 9 },
        { period: '2025-Q4', value: 11 },
      ],
      restatements: [
        {
          date: '2025-09-01',
          period: '2025-Q2',
          previousValue: 10,
          reason: 'error',
          explanation: 'Counted twice.',
        },
      ],
    });
    expect(
      latestValues(dataset, options).map(({ text, restatement }) => [text, restatement]),
    ).toEqual([['42 people', 'restated-2025-q2-2025-09-01']]);
    const unchanged = makeDataset({ ...dataset, restatements: undefined });
    expect(latestValues(unchanged, options)[0]?.restatement).toBeUndefined();
  });

  test('no complete year yet: nothing', () => {
    expect(latestValues(makeDataset({ observations: yearly({ 2026: 5 }) }), options)).toEqual([]);
  });
});

const entry = <D>(id: string, data: D) => ({ id, data });

describe('a partner’s activity', () => {
  const programmes = [
    entry('mentoring', { partners: [{ partner: 'ngo', role: 'delivery' as const }] }),
    entry('volunteering', { partners: [{ partner: 'ngo', role: 'beneficiary' as const }] }),
    entry('trees', { partners: [{ partner: 'other', role: 'delivery' as const }] }),
  ];
  const dataset = (programme: string, extra: Partial<Dataset> = {}) => ({
    programme,
    partners: undefined,
    b4si: undefined,
    scope: 'programme' as const,
    ...extra,
  });
  const datasets = [
    entry('mentees', dataset('mentoring')),
    entry('mentors', dataset('mentoring', { partners: ['ngo'] })),
    entry('participation', dataset('volunteering')),
    entry('hours', dataset('volunteering', { b4si: { layer: 'input', type: 'time' } })),
    entry('trees', dataset('trees', { partners: ['other'] })),
    entry('investment', dataset('volunteering', { scope: 'company', partners: ['ngo', 'other'] })),
  ];
  const stories = [entry('s1', { partners: ['ngo'] }), entry('s2', { partners: undefined })];

  test('results of programmes it delivers, contributions, company-wide context, stories', () => {
    const activity = partnerActivity('ngo', { programmes, datasets, stories });
    const ids = (items: readonly { id: string }[]) => items.map(({ id }) => id);
    expect(ids(activity.programmes.map(({ programme }) => programme))).toEqual([
      'mentoring',
      'volunteering',
    ]);
    expect(activity.programmes.map(({ role }) => role)).toEqual(['delivery', 'beneficiary']);
    // A beneficiary's programme's own figures (participation) are not the partner's results.
    expect(ids(activity.results)).toEqual(['mentees', 'mentors']);
    expect(ids(activity.contributions)).toEqual(['hours']);
    // Its beneficiary programme's own figures, and company-wide ones, are context.
    expect(ids(activity.context)).toEqual(['participation', 'investment']);
    expect(ids(activity.stories)).toEqual(['s1']);
  });

  test('an input of a programme shared by several partners is no partner’s contribution', () => {
    const shared = [
      ...programmes,
      entry('drives', {
        partners: [
          { partner: 'ngo', role: 'delivery' as const },
          { partner: 'other', role: 'co-funder' as const },
        ],
      }),
    ];
    const withShared = [
      ...datasets,
      entry('drive-hours', dataset('drives', { b4si: { layer: 'input', type: 'time' } })),
      entry('drive-cash', dataset('drives', { b4si: { layer: 'input' }, partners: ['ngo'] })),
      entry(
        'drive-kind',
        dataset('drives', { b4si: { layer: 'input' }, partners: ['ngo', 'other'] }),
      ),
    ];
    for (const partner of ['ngo', 'other']) {
      const activity = partnerActivity(partner, {
        programmes: shared,
        datasets: withShared,
        stories,
      });
      expect(activity.contributions.map(({ id }) => id)).not.toContain('drive-hours');
      expect(activity.contributions.map(({ id }) => id)).not.toContain('drive-kind');
      expect(activity.context.map(({ id }) => id)).toEqual(
        expect.arrayContaining(['drive-hours', 'drive-kind']),
      );
    }
    // Named alone, it is that partner's: the data says so.
    const ngo = partnerActivity('ngo', { programmes: shared, datasets: withShared, stories });
    expect(ngo.contributions.map(({ id }) => id)).toEqual(['hours', 'drive-cash']);
  });

  test('another partner’s named dataset is not this partner’s result', () => {
    const activity = partnerActivity('other', { programmes, datasets, stories });
    expect(activity.results.map(({ id }) => id)).toEqual(['trees']);
    expect(activity.context.map(({ id }) => id)).toEqual(['investment']);
  });
});

describe('the data catalogue', () => {
  const content = {
    datasets: [
      entry(
        'b',
        makeDataset({
          title: 'B',
          programme: 'p1',
          partners: ['pub', 'secret'],
          observations: yearly({ 2024: 1 }),
        }),
      ),
      entry(
        'a',
        makeDataset({
          title: 'A',
          programme: 'p2',
          verification: { level: 'externally-assured', by: 'X', date: '2025-01-01' },
          observations: yearly({ 2024: 2 }),
        }),
      ),
    ],
    programmes: [
      entry('p1', { name: 'Trees', pillar: 'environment' as const }),
      entry('p2', { name: 'Mentoring', pillar: 'education' as const }),
    ],
    publishedPartners: [entry('pub', { name: 'Public NGO' })],
  } satisfies CatalogueContent;

  test('filters keep only values some dataset has, with counts, in the site order', () => {
    expect(
      catalogueOptions(content).map(({ facet, options }) => [
        facet,
        options.map(({ value, label, count }) => `${value}=${label} (${count})`),
      ]),
    ).toEqual([
      ['pillar', ['education=Education (1)', 'environment=Environment (1)']],
      ['programme', ['p2=Mentoring (1)', 'p1=Trees (1)']],
      // A partner without a public page is never a filter.
      ['partner', ['pub=Public NGO (1)']],
      [
        'verification',
        ['self-reported=Self-reported (1)', 'externally-assured=Externally assured (1)'],
      ],
    ]);
  });

  test('entries by title, each passing the filters of its keys only', () => {
    const entries = catalogueEntries(content, { locale: 'en-GB', today: '2026-01-01' });
    expect(
      entries.map(({ id, covered, measure, latest }) => [id, covered, measure, latest[0]?.text]),
    ).toEqual([
      ['a', '2024', 'Kilograms, in kg', '2 kg'],
      ['b', '2024', 'Kilograms, in kg', '1 kg'],
    ]);
    const b = entries[1];
    if (b === undefined) throw new Error('expected two entries');
    expect(b.keys.partner).toEqual(['pub']);
    expect(passes(b.keys, { facet: 'pillar', value: 'environment' })).toBe(true);
    expect(passes(b.keys, { facet: 'pillar', value: 'education' })).toBe(false);
    expect(passes(b.keys, { facet: 'partner', value: 'secret' })).toBe(false);
    expect(passes(b.keys, undefined)).toBe(true);
  });
});
