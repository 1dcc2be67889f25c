// The restatement history: what each change replaced, what it published, when and why.
import { describe, expect, test } from 'vitest';
import { restatedIn, restatementHistory } from '../../src/lib/restatements.ts';
import { investmentMeasure, makeDataset } from '../helpers/datasets.ts';

const blood = makeDataset({
  measure: { label: 'Units of blood', unit: { label: 'units', kind: 'count' }, aggregation: 'sum' },
  observations: [
    { period: '2024-Q1', value: 58 },
    { period: '2024-Q2', value: 68 },
  ],
  restatements: [
    {
      date: '2024-10-07',
      period: '2024-Q2',
      previousValue: 61,
      reason: 'late-data',
      explanation: 'The second day of the June drive was counted late.',
    },
  ],
});

describe('restatement history', () => {
  test('one restatement: from the value published before to the current value', () => {
    const [entry, ...rest] = restatementHistory(blood, 'en-GB');
    expect(rest).toHaveLength(0);
    expect(entry).toMatchInlineSnapshot(`
      {
        "anchor": "restated-2024-q2-2024-10-07",
        "change": "61 to 68 units",
        "date": "2024-10-07",
        "dateLabel": "7 October 2024",
        "explanation": "The second day of the June drive was counted late.",
        "from": 61,
        "headline": "Q2 2024 restated from 61 to 68 units on 7 October 2024 — late data",
        "period": "2024-Q2",
        "periodLabel": "Q2 2024",
        "reason": "late-data",
        "reasonLabel": "late data",
        "sentence": "Q2 2024 restated from 61 to 68 units on 7 October 2024 — late data: The second day of the June drive was counted late.",
        "series": undefined,
        "seriesLabel": undefined,
        "subject": "Q2 2024",
        "to": 68,
      }
    `);
  });

  test('a value restated twice: each entry ends where the next begins, newest first', () => {
    const chained = makeDataset({
      ...blood,
      restatements: [
        // Written out of order on purpose: the history orders by date.
        {
          date: '2025-03-01',
          period: '2024-Q2',
          previousValue: 65,
          reason: 'error',
          explanation: 'A typing error in the second sheet.',
        },
        {
          date: '2024-10-07',
          period: '2024-Q2',
          previousValue: 61,
          reason: 'late-data',
          explanation: 'Late sheets.',
        },
      ],
    });
    expect(restatementHistory(chained, 'en-GB').map((entry) => entry.sentence))
      .toMatchInlineSnapshot(`
        [
          "Q2 2024 restated from 65 to 68 units on 1 March 2025 — correction of an error: A typing error in the second sheet.",
          "Q2 2024 restated from 61 to 65 units on 7 October 2024 — late data: Late sheets.",
        ]
      `);
  });

  test('series are named; money keeps its code on both values; anchors are unique', () => {
    const investment = makeDataset({
      measure: investmentMeasure,
      series: [
        { id: 'cash', label: 'Cash' },
        { id: 'time', label: 'Employee time' },
      ],
      observations: [
        { series: 'cash', period: '2024', value: 13500 },
        { series: 'time', period: '2024', value: 4200 },
      ],
      restatements: [
        {
          date: '2025-02-10',
          period: '2024',
          series: 'cash',
          previousValue: 12000,
          reason: 'boundary',
          explanation: 'Grants paid by the Oradea office are now included.',
        },
        {
          date: '2025-02-10',
          period: '2024',
          series: 'time',
          previousValue: 4000.5,
          reason: 'methodology',
          explanation: 'Hours are valued at the 2024 average cost.',
        },
      ],
    });
    expect(
      restatementHistory(investment, 'en-GB').map(({ anchor, headline }) => ({ anchor, headline })),
    ).toMatchInlineSnapshot(`
      [
        {
          "anchor": "restated-time-2024-2025-02-10",
          "headline": "2024 (Employee time) restated from RON 4,001 to RON 4,200 on 10 February 2025 — change of methodology",
        },
        {
          "anchor": "restated-cash-2024-2025-02-10",
          "headline": "2024 (Cash) restated from RON 12,000 to RON 13,500 on 10 February 2025 — change of boundary",
        },
      ]
    `);
  });

  test('percentages keep their sign on both values; fiscal years make valid anchors', () => {
    const share = makeDataset({
      measure: { label: 'Trees alive', unit: { label: '%', kind: 'percent' }, aggregation: 'mean' },
      observations: [{ period: '2024/25', value: 84.5 }],
      restatements: [
        {
          date: '2025-09-01',
          period: '2024/25',
          previousValue: 81,
          reason: 'reclassification',
          explanation: 'Replanted saplings are no longer counted as survivors.',
        },
        {
          date: '2025-09-01',
          period: '2024/25',
          previousValue: 82,
          reason: 'error',
          explanation: 'Second fix the same day.',
        },
      ],
    });
    expect(restatementHistory(share, 'en-GB').map(({ anchor, headline }) => ({ anchor, headline })))
      .toMatchInlineSnapshot(`
        [
          {
            "anchor": "restated-2024-25-2025-09-01-2",
            "headline": "FY 2024/25 restated from 82% to 84.5% on 1 September 2025 — correction of an error",
          },
          {
            "anchor": "restated-2024-25-2025-09-01",
            "headline": "FY 2024/25 restated from 81% to 82% on 1 September 2025 — reclassification",
          },
        ]
      `);
  });

  test('no restatements, no history', () => {
    expect(
      restatementHistory(makeDataset({ observations: [{ period: '2024', value: 1 }] }), 'en-GB'),
    ).toEqual([]);
  });

  test('a restatement of a period without its own observation is refused, not guessed', () => {
    const yearly = makeDataset({
      ...blood,
      restatements: [
        {
          date: '2025-01-05',
          period: '2024',
          previousValue: 120,
          reason: 'error',
          explanation: 'x',
        },
      ],
    });
    expect(() => restatementHistory(yearly, 'en-GB')).toThrowErrorMatchingInlineSnapshot(
      `[Error: restatements[0]: no observation for period "2024"; a restatement changes one published observation, so add it or fix the period]`,
    );
  });
});

describe('restated values in figures', () => {
  test('a year made of quarters uses the restated quarter; another year does not', () => {
    const history = restatementHistory(blood, 'en-GB');
    expect(
      restatedIn(history, [{ period: '2024-Q1' }, { period: '2024-Q2' }]).map((e) => e.anchor),
    ).toEqual(['restated-2024-q2-2024-10-07']);
    expect(restatedIn(history, [{ period: '2024-Q1' }])).toEqual([]);
    expect(restatedIn(history, [{ period: '2024-Q2', series: 'other' }])).toEqual([]);
  });
});
