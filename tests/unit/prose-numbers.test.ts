// Numbers typed into a story that are a dataset's figures are reported, with the key figure to
// write instead; dates, years, small counts and a person's quoted words are not.
import { describe, expect, test } from 'vitest';
import { numbersInText } from '../../src/lib/mdx/prose-numbers.ts';
import { reportFor } from '../helpers/content-fixture.ts';

const story = (body: string) =>
  reportFor(({ replace }) =>
    replace('stories/first-jobs.mdx', '## Why we mentor', `## Why we mentor\n\n${body}\n`),
  );

describe('numbers in prose', () => {
  test('are read with their precision, their unit word and their place', () => {
    const found = numbersInText(
      'We planted 4,200 trees and 12.5% more, over 1.2 million m².',
      3,
      5,
    );
    expect(
      found.map(({ text, value, tolerance, percent, word, column }) => ({
        text,
        value,
        tolerance,
        percent,
        word,
        column,
      })),
    ).toEqual([
      {
        text: '4,200',
        value: 4200,
        tolerance: 50,
        percent: false,
        word: 'trees',
        column: 16,
      },
      { text: '12.5%', value: 12.5, tolerance: 0.05, percent: true, word: 'more', column: 32 },
      {
        text: '1.2 million',
        value: 1_200_000,
        tolerance: 50_000,
        percent: false,
        word: 'm',
        column: 49,
      },
    ]);
    expect(found.every(({ line }) => line === 3)).toBe(true);
  });

  test('round numbers keep two significant digits', () => {
    expect(numbersInText('4,000 and 40 and 4,187 and 300', 1, 1).map((n) => n.tolerance)).toEqual([
      50, 0.5, 0.5, 5,
    ]);
  });

  test('years, dates, times, quarters, ordinals and codes are not amounts', () => {
    const text =
      'In 2025 on 14 May, May 3 and 9:30, in Q2 and 2024/25, the 3rd cohort of B4SI, route E60, 2022–2025.';
    expect(numbersInText(text, 1, 1).map((n) => n.text)).toEqual([]);
  });
});

describe('the check', () => {
  test('reports a typed figure of the programme’s data with the key figure to write', () => {
    expect(
      story(
        [
          'We collected about 470 kg in 2025, 120.5 kg of it in the first quarter.',
          '',
          'This year 70 mentees enrolled, and 58% of them finished.',
          '',
          'In all, 44 young people completed it in 2024.',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      "warning: content/stories/first-jobs.mdx:14: "470 kg" looks like recycling 2025 (471.5 kg): write <KeyFigure dataset="recycling" period="2025" label="paper recycled" /> so the number follows the data when it is updated or restated
      warning: content/stories/first-jobs.mdx:14: "120.5 kg" looks like recycling 2025-Q1: write <KeyFigure dataset="recycling" period="2025-Q1" label="paper recycled" /> so the number follows the data when it is updated or restated
      warning: content/stories/first-jobs.mdx:16: "70 mentees" looks like mentees (enrolled) 2025: write <KeyFigure dataset="mentees" series="enrolled" period="2025" label="mentees" /> so the number follows the data when it is updated or restated
      warning: content/stories/first-jobs.mdx:18: "44" looks like mentees (completed) 2024: write <KeyFigure dataset="mentees" series="completed" period="2024" label="mentees" /> so the number follows the data when it is updated or restated

      Content OK: 12 files checked, no problems; 4 warnings."
    `);
  });

  test('leaves small counts, other words, quotes, key figures and unrelated numbers alone', () => {
    expect(
      story(
        [
          'In 2025, 70 young people joined 3 schools on 14 May; 12,345 leaflets went out.',
          '',
          '<Quote by="Andrei Pop">We sorted 471.5 kg in a year.</Quote>',
          '',
          'We collected <KeyFigure dataset="recycling" period="2025" label="of waste" />.',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });
});
