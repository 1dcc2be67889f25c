// Whatever an author saves in content/, the check answers with problems, never a crash: random
// JSON, random dataset-shaped objects, random CSV bytes and random front matter and MDX are
// written into a copy of the valid fixture, one file at a time, and validated.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { explainJsonError } from '../../src/lib/content/json-syntax.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { editedContent, fixedToday } from '../helpers/content-fixture.ts';

// Fixed seed and run counts: the same cases on every run, and the file in a few seconds.
const settings = { seed: 20_261_128, numRuns: 100 };

const site = editedContent(() => {});
afterAll(() => site.cleanup());

/** Validates the fixture with `file` replaced by `content`, then puts the file back. */
function validateWith(file: string, content: string | Uint8Array) {
  const at = path.join(site.dir, file);
  const original = existsSync(at) ? readFileSync(at) : undefined;
  writeFileSync(at, content);
  try {
    return validateContent(site.dir, { today: fixedToday });
  } finally {
    if (original === undefined) rmSync(at);
    else writeFileSync(at, original);
  }
}

/** Problems are data an author can read: a file, a field path and a message, all text. */
function expectProblemsAsData(result: ReturnType<typeof validateContent>): void {
  expect(Array.isArray(result.problems)).toBe(true);
  for (const problem of result.problems) {
    expect(typeof problem.file).toBe('string');
    expect(problem.file).not.toBe('');
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message).not.toBe('');
    expect([undefined, 'warning']).toContain(problem.severity);
  }
  expect(Number.isInteger(result.files)).toBe(true);
}

const jsonFiles = [
  'site.json',
  'programmes/mentoring.json',
  'partners/youth-ngo.json',
  'datasets/mentees.json',
  'datasets/volunteer-hours.json',
  'datasets/new-dataset.json',
];

/** Text that is almost a period, a series id, a number: what a typo makes of them. */
const periodLike = fc.oneof(
  fc.constantFrom('2024', '2025-Q1', '2025-Q5', '2025-02-30', '2024/25', '2025-13', ''),
  fc.stringMatching(/^\d{4}(-(Q\d|\d{2}(-\d{2})?))?$/),
  fc.string(),
);
const valueLike = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1.62, 1620, 0, -1, 1e21, '1,148', '12a'),
  fc.jsonValue(),
);
const observation = fc.record(
  {
    series: fc.oneof(fc.constantFrom('enrolled', 'completed', 'e-waste'), fc.string()),
    period: periodLike,
    value: valueLike,
    status: fc.oneof(fc.constantFrom('measured', 'estimated', 'provisional'), fc.jsonValue()),
    note: fc.oneof(fc.string(), fc.jsonValue()),
  },
  { requiredKeys: ['period', 'value'] },
);
const datasetLike = fc.record(
  {
    title: fc.oneof(fc.string(), fc.jsonValue()),
    description: fc.oneof(fc.string({ minLength: 50 }), fc.jsonValue()),
    programme: fc.oneof(fc.constantFrom('mentoring', 'mentorng'), fc.jsonValue()),
    measure: fc.oneof(
      fc.record({
        label: fc.string(),
        unit: fc.record({
          label: fc.string(),
          kind: fc.constantFrom('count', 'currency', 'mass', 'percent', 'other', 'kg'),
          currency: fc.constantFrom('RON', 'EUR', 'ron'),
        }),
        aggregation: fc.constantFrom('sum', 'mean', 'last', 'total'),
        seriesAddUp: fc.boolean(),
      }),
      fc.jsonValue(),
    ),
    series: fc.oneof(
      fc.array(fc.record({ id: fc.string(), label: fc.string() })),
      fc.constant([
        { id: 'enrolled', label: 'Enrolled' },
        { id: 'completed', label: 'Completed' },
      ]),
      fc.jsonValue(),
    ),
    observations: fc.oneof(fc.array(observation, { maxLength: 12 }), fc.jsonValue()),
    methodology: fc.string(),
    sources: fc.oneof(
      fc.array(fc.record({ label: fc.string(), type: fc.constantFrom('survey', 'other', 'x') })),
      fc.jsonValue(),
    ),
    verification: fc.oneof(
      fc.record({ level: fc.constantFrom('self-reported', 'externally-assured') }),
      fc.jsonValue(),
    ),
    issued: fc.oneof(fc.constant('2025-01-15'), fc.string()),
    modified: fc.oneof(fc.constant('2025-01-15'), fc.string()),
    restatements: fc.jsonValue(),
    chart: fc.oneof(
      fc.record({ type: fc.constantFrom('bar', 'line', 'stacked-bar', 'doughnut', 'pie') }),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

/** CSV text made of the pieces authors' tools produce, in random order and number. */
const cell = fc.oneof(
  fc.constantFrom(
    '2023',
    '2024-Q1',
    '1234,5',
    '1.234,5',
    '1,148',
    '1.620',
    '-0,5',
    '',
    'provisional',
  ),
  fc.double({ noNaN: true }).map(String),
  fc.string(),
  fc.string().map((text) => `"${text.replaceAll('"', '""')}"`),
  fc.constantFrom('"unclosed', 'a"b', '""', '"a;b"', '"a,b"', '"line\nbreak"'),
);
const csvText = fc
  .record({
    separator: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.array(
      fc.oneof(
        fc.constantFrom('period', 'value', 'series', 'status', 'note', ''),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 6 },
    ),
    rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
  })
  .map(({ separator, newline, header, rows }) =>
    [header, ...rows].map((row) => row.join(separator)).join(newline),
  );
/** The CSV as bytes: maybe a byte-order mark (UTF-8 or UTF-16), maybe bytes that are not UTF-8. */
const csvBytes = fc
  .record({
    text: csvText,
    bom: fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
    inserts: fc.array(
      fc.record({
        at: fc.nat(),
        bytes: fc.oneof(
          fc.constantFrom([0xe3], [0xba], [0xe3, 0xba], [0x00], [0xc3], [0xef, 0xbf, 0xbd]),
          fc.uint8Array({ maxLength: 4 }).map((array) => [...array]),
        ),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ text, bom, inserts }) => {
    let body = Buffer.from(text, 'utf8');
    for (const { at, bytes } of inserts) {
      const offset = body.length === 0 ? 0 : at % body.length;
      body = Buffer.concat([body.subarray(0, offset), Buffer.from(bytes), body.subarray(offset)]);
    }
    return Buffer.concat([Buffer.from(bom), body]);
  });

/** Front matter lines for a story: the real fields with random values, and random lines. */
const frontMatterLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'title',
        'description',
        'date',
        'updated',
        'programme',
        'partners',
        'author',
        'hero',
        'tags',
        'draft',
        'unknown',
      ),
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '2025-05-14',
          '2025-02-30',
          '2025-05-14T23:30:00+02:00',
          'mentoring',
          '[youth-ngo]',
          '{ name: Ioana }',
          '{ src: ./x.png, alt: "" }',
          'true',
          "'unclosed",
          '|',
          '- a',
        ),
        fc.jsonValue().map((value) => JSON.stringify(value)),
      ),
    )
    .map(([key, value]) => `${key}: ${value}`),
  fc.string(),
);
const mdxBody = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<KeyFigure dataset="mentees" series="completed" period="2024" label="completed" />',
        '<KeyFigure dataset="recycling" period="2025" />',
        '<ImpactChart dataset="waste-streams" type="doughnut" />',
        '<Quote by="A">x</Quote>',
        '<Callout>',
        '{1 + 1}',
        'import x from "y"',
        '<script>alert(1)</script>',
        '![photo](./missing.png)',
        '[link](javascript:alert(1))',
        '<',
        '{',
      ),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join('\n'));
const mdxText = fc
  .record({
    fence: fc.constantFrom('---', '+++', '--', ''),
    lines: fc.array(frontMatterLine, { maxLength: 8 }),
    body: mdxBody,
    bom: fc.boolean(),
  })
  .map(
    ({ fence, lines, body, bom }) =>
      `${bom ? '\uFEFF' : ''}${fence}\n${lines.join('\n')}\n${fence}\n${body}\n`,
  );

describe('the check never crashes', { timeout: 30_000 }, () => {
  test('on any JSON value in any JSON file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...jsonFiles), fc.jsonValue(), (file, value) => {
        expectProblemsAsData(validateWith(file, JSON.stringify(value)));
      }),
      settings,
    );
  });

  test('on objects shaped like datasets, with random fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('datasets/mentees.json', 'datasets/waste-streams.json'),
        datasetLike,
        (file, dataset) => {
          expectProblemsAsData(validateWith(file, JSON.stringify(dataset, null, 2)));
        },
      ),
      settings,
    );
  });

  test('on random CSV files: separators, quotes, byte-order marks, bytes that are not UTF-8', () => {
    fc.assert(
      fc.property(csvBytes, (bytes) => {
        expectProblemsAsData(validateWith('datasets/volunteer-hours.csv', bytes));
      }),
      settings,
    );
  });

  test('on random front matter and MDX', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('stories/first-jobs.mdx', 'pages/about.mdx'),
        mdxText,
        (file, text) => {
          expectProblemsAsData(validateWith(file, text));
        },
      ),
      settings,
    );
  });

  test('on random text and JSON with a mistake, explained whenever JSON.parse fails', () => {
    const mutated = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', "'", ':', '\n', 'x'))
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, 2);
        const offset = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, offset) + insert + text.slice(offset + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const explained = explainJsonError(text);
        // Valid JSON is explained only for what JSON.parse forgives: a field written twice.
        if (valid)
          expect(explained?.message ?? 'expected each field once').toMatch(
            /^expected each field once/,
          );
        else expect(explained).toBeDefined();
        if (explained !== undefined) {
          expect(explained.line).toBeGreaterThanOrEqual(1);
          expect(explained.column).toBeGreaterThanOrEqual(1);
          expect(explained.message).toMatch(/^expected /);
        }
      }),
      { ...settings, numRuns: 2000 },
    );
  });
});
