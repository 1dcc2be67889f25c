// Data files as authors' tools save them: CSV in both Excel dialects, files in other encodings,
// JSON that is broken or holds the wrong thing, numbers misread by a factor of 1,000, and files
// the site would not read. Every case is the exact report an author reads.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  detectDialect,
  numberHint,
  semicolonDialect,
} from '../../src/lib/content/csv-observations.ts';
import { formatReport } from '../../src/lib/content/report.ts';
import { looksLikeMisreadThousands } from '../../src/lib/content/thousands-misread.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import {
  editedContent,
  fixedToday,
  reportFor,
  validSiteContent,
} from '../helpers/content-fixture.ts';

const hours = 'datasets/volunteer-hours.csv';
const hoursJson = 'datasets/volunteer-hours.json';
const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/data-files', name));

/**
 * The report for the valid fixture with files written as text or bytes, in new folders if need
 * be (`undefined` removes a file).
 */
function reportForFiles(files: Record<string, Uint8Array | string | undefined>): string {
  const { dir, cleanup } = editedContent(() => {});
  try {
    for (const [file, content] of Object.entries(files)) {
      const at = path.join(dir, file);
      if (content === undefined) {
        rmSync(at);
        continue;
      }
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(at, content);
    }
    const { problems, files: checked } = validateContent(dir, { today: fixedToday });
    return formatReport(problems, checked);
  } finally {
    cleanup();
  }
}

/** The observations read for `volunteer-hours` after writing its CSV file. */
function hoursRead(csv: Uint8Array | string): unknown {
  const { dir, cleanup } = editedContent(() => {});
  try {
    writeFileSync(path.join(dir, hours), csv);
    const { content } = validateContent(dir, { today: fixedToday });
    return content.datasets
      .find(({ id }) => id === 'volunteer-hours')
      ?.data?.observations.map(({ period, value, note }) => ({ period, value, note }));
  } finally {
    cleanup();
  }
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => Buffer.from(typeof part === 'string' ? part : part)));

describe('CSV dialects', () => {
  test('the dialect is told from the header line', () => {
    expect(detectDialect('period;value;note\n2023;1,5;a, b')).toBe(semicolonDialect);
    expect(detectDialect('\uFEFFperiod;value\r\n')).toBe(semicolonDialect);
    expect(detectDialect('period,value;note\n').delimiter).toBe(',');
    expect(detectDialect('period,value,note\n2023,1;5,').delimiter).toBe(',');
    expect(detectDialect('').delimiter).toBe(',');
  });

  test('a semicolon CSV with decimal commas, as Excel saves it in Romania, is read', () => {
    expect(
      reportForFiles({ [hours]: fixture('volunteer-hours-excel-ro.csv') }),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
    expect(hoursRead(fixture('volunteer-hours-excel-ro.csv'))).toMatchInlineSnapshot(`
      [
        {
          "note": undefined,
          "period": "2023",
          "value": 820,
        },
        {
          "note": "Ziua porților deschise; de două ori",
          "period": "2024",
          "value": 1010.5,
        },
        {
          "note": undefined,
          "period": "2025",
          "value": 1240,
        },
      ]
    `);
  });

  test('quoted cells keep their separators, quotes and line breaks, in both dialects', () => {
    expect(
      hoursRead(
        'period;value;note\n2023;"820";"Two; three"\n2024;"1010,5";"He said ""ok"""\n2025;-0,5;"Line one\nline two"\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "note": "Two; three",
          "period": "2023",
          "value": 820,
        },
        {
          "note": "He said "ok"",
          "period": "2024",
          "value": 1010.5,
        },
        {
          "note": "Line one
      line two",
          "period": "2025",
          "value": -0.5,
        },
      ]
    `);
    expect(
      hoursRead(
        'period,value,note\n2023,"820","Two, three"\n2024,1010.5,"Semicolons; too"\n2025,-0.5,\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "note": "Two, three",
          "period": "2023",
          "value": 820,
        },
        {
          "note": "Semicolons; too",
          "period": "2024",
          "value": 1010.5,
        },
        {
          "note": undefined,
          "period": "2025",
          "value": -0.5,
        },
      ]
    `);
  });

  test('in the semicolon dialect, a thousands separator or a decimal point is refused with the number to write', () => {
    expect(
      reportFor((c) =>
        c.write(hours, 'period;value;note\n2023;1.234,5;\n2024;1.234;\n2025;1234.5;\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:2: value: expected a number, found "1.234,5"; columns here are separated by semicolons, so numbers take a decimal comma and no thousands separator: write 1234,5
      content/datasets/volunteer-hours.csv:3: value: expected a number, found "1.234"; columns here are separated by semicolons, so numbers take a decimal comma and no thousands separator: write 1234, or 1,234 if the point is a decimal point
      content/datasets/volunteer-hours.csv:4: value: expected a number, found "1234.5"; columns here are separated by semicolons, so numbers take a decimal comma and no thousands separator: write 1234,5

      3 problems in 1 file."
    `);
  });

  test('in the comma dialect, a decimal comma is refused, quoted or splitting the value in two', () => {
    expect(
      reportFor((c) =>
        c.write(hours, 'period,value,note\n2023,"1234,5",\n2024,"1,148",\n2025,"1.234,5",\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:2: value: expected a number, found "1234,5"; columns here are separated by commas, so numbers take a decimal point and no thousands separator: write 1234.5
      content/datasets/volunteer-hours.csv:3: value: expected a number, found "1,148"; columns here are separated by commas, so numbers take a decimal point and no thousands separator: write 1148, or 1.148 if the comma is a decimal comma
      content/datasets/volunteer-hours.csv:4: value: expected a number, found "1.234,5"; columns here are separated by commas, so numbers take a decimal point and no thousands separator: write 1234.5

      3 problems in 1 file."
    `);
    // Unquoted, the comma makes two cells: 1234 and a note "5" must not be read as 1234.
    expect(
      reportFor((c) =>
        c.write(hours, 'period,value,status,note\n2023,820,,\n2024,1010,5,,\n2025,1,240,,\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:3: value: expected a number, found "1010,5"; the comma split it into two columns (columns here are separated by commas, so numbers take a decimal point and no thousands separator): write 1010.5
      content/datasets/volunteer-hours.csv:4: value: expected a number, found "1,240"; the comma split it into two columns (columns here are separated by commas, so numbers take a decimal point and no thousands separator): write 1240, or 1.240 if the comma is a decimal comma

      2 problems in 1 file."
    `);
    expect(
      reportFor((c) => c.write(hours, 'period,value,note\n2023,820,\n2024,1010,5\n2025,1240,\n')),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:3: value: expected a number, found "1010,5"; the comma split it into two columns (columns here are separated by commas, so numbers take a decimal point and no thousands separator): write 1010.5

      1 problem in 1 file."
    `);
    // A note of digits in quotes, and a period after the value, are not split decimals.
    expect(hoursRead('period,value,note\n2023,820,"5"\n2024,1010,\n2025,1240,\n'))
      .toMatchInlineSnapshot(`
      [
        {
          "note": "5",
          "period": "2023",
          "value": 820,
        },
        {
          "note": undefined,
          "period": "2024",
          "value": 1010,
        },
        {
          "note": undefined,
          "period": "2025",
          "value": 1240,
        },
      ]
    `);
    expect(hoursRead('value,period\n820,2023\n1010,2024\n1240,2025\n')).toMatchInlineSnapshot(`
      [
        {
          "note": undefined,
          "period": "2023",
          "value": 820,
        },
        {
          "note": undefined,
          "period": "2024",
          "value": 1010,
        },
        {
          "note": undefined,
          "period": "2025",
          "value": 1240,
        },
      ]
    `);
  });

  test('numbers written with spaces, several separators or the other mark get a hint', () => {
    expect(numberHint('1 234,5', semicolonDialect)).toMatchInlineSnapshot(
      `"columns here are separated by semicolons, so numbers take a decimal comma and no thousands separator: write 1234,5"`,
    );
    expect(numberHint('1.234.567', semicolonDialect)).toMatchInlineSnapshot(
      `"columns here are separated by semicolons, so numbers take a decimal comma and no thousands separator: write 1234567"`,
    );
    expect(numberHint('-1,234.5', detectDialect('period,value'))).toMatchInlineSnapshot(
      `"columns here are separated by commas, so numbers take a decimal point and no thousands separator: write -1234.5"`,
    );
    expect(numberHint('12a', semicolonDialect)).toBeUndefined();
    expect(numberHint('2025-Q1', semicolonDialect)).toBeUndefined();
  });

  test('a row with a cell too many, rows Excel left empty, short rows and a header in tabs', () => {
    expect(
      reportFor((c) =>
        c.write(
          hours,
          'period,value,status,note\n2023,820,,Hello, world\n,,,\n2024,1010.5\n2025,1240,provisional,\n,,,\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:2: row: expected 4 columns as in the header, found 5; put text that contains a "," in double quotes

      1 problem in 1 file."
    `);
    expect(reportFor((c) => c.write(hours, 'period\tvalue\n2023\t820\n'))).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:1: header: unknown column "period	value"; expected period, value, series, status, note; the columns seem separated by tabs: separate them with commas (or semicolons)
      content/datasets/volunteer-hours.csv:1: header: expected a column "period", found period	value
      content/datasets/volunteer-hours.csv:1: header: expected a column "value", found period	value

      3 problems in 1 file."
    `);
    expect(
      reportFor((c) => c.write(hours, 'period,value,,\n2023,820,,\n2024,1010.5,,\n2025,1240,,x\n')),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:1: header: expected a name for column 4, found none, and values below it (line 4); name the column (period, value, series, status, note) or remove it

      1 problem in 1 file."
    `);
    expect(reportFor((c) => c.write(hours, 'period,value,value\n2023,820,1\n')))
      .toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:1: header: expected each column once, found "value" twice

      1 problem in 1 file."
    `);
    expect(reportFor((c) => c.write(hours, '\n\n'))).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv: expected a header row naming the columns (period,value,series,status,note) and one row per observation, found an empty file

      1 problem in 1 file."
    `);
  });
});

describe('encodings', () => {
  test('a CSV file saved as Windows-1250 is refused at its line, not published garbled', () => {
    expect(reportForFiles({ [hours]: fixture('volunteer-hours-windows-1250.csv') }))
      .toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:3: expected text saved as UTF-8, found "M�n�tur", where � stands for bytes that are not UTF-8 (the file is in an older encoding, such as Windows-1250); save it again as UTF-8: in Excel choose "Save as type: CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and choose the character set "Unicode (UTF-8)"

      1 problem in 1 file."
    `);
  });

  test('UTF-16 is refused, in CSV, JSON and MDX files', () => {
    expect(reportForFiles({ [hours]: fixture('volunteer-hours-utf-16.csv') }))
      .toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv: expected text saved as UTF-8, found text saved as UTF-16 ("Unicode"); save it again as UTF-8: in Excel choose "Save as type: CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and choose the character set "Unicode (UTF-8)"

      1 problem in 1 file."
    `);
    const utf16 = (text: string) => bytes([0xff, 0xfe], [...Buffer.from(text, 'utf16le')]);
    expect(
      reportForFiles({
        'partners/tree-nursery.json': utf16('{}'),
        'pages/about.mdx': utf16('---\ntitle: About\n---\n'),
      }),
    ).toMatchInlineSnapshot(`
      "content/pages/about.mdx: expected text saved as UTF-8, found text saved as UTF-16 ("Unicode"); save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")
      content/partners/tree-nursery.json: expected text saved as UTF-8, found text saved as UTF-16 ("Unicode"); save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")

      2 problems in 2 files."
    `);
    // Without a byte-order mark, UTF-16 is full of NUL bytes.
    expect(
      reportForFiles({ 'pages/about.mdx': Buffer.from('---\ntitle: About\n---\n', 'utf16le') }),
    ).toMatchInlineSnapshot(`
      "content/pages/about.mdx:1: expected text saved as UTF-8, found NUL characters, which text never has (the file is UTF-16 without a byte-order mark, or not text at all); save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")

      1 problem in 1 file."
    `);
  });

  test('JSON and MDX files in Windows-1250 are refused at their line', () => {
    expect(
      reportForFiles({
        'partners/tree-nursery.json': bytes('{\n  "name": "Asocia', [0xba], 'ia Pepiniera"\n}\n'),
        'pages/about.mdx': bytes(
          "---\ntitle: 'About'\ndescription: 'Cartierul M",
          [0xe3, 0x6e, 0xe3, 0xba],
          "tur'\n---\n",
        ),
      }),
    ).toMatchInlineSnapshot(`
      "content/pages/about.mdx:3: expected text saved as UTF-8, found "M�n�tur", where � stands for bytes that are not UTF-8 (the file is in an older encoding, such as Windows-1250); save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")
      content/partners/tree-nursery.json:2: expected text saved as UTF-8, found "Asocia�ia", where � stands for bytes that are not UTF-8 (the file is in an older encoding, such as Windows-1250); save it again as UTF-8 (VS Code: "Save with Encoding", then "UTF-8"; Notepad: "Encoding: UTF-8")

      2 problems in 2 files."
    `);
  });

  test('a UTF-8 byte-order mark is fine in CSV, dataset JSON and MDX files', () => {
    const withBom = (file: string) =>
      `\uFEFF${readFileSync(path.join(validSiteContent, file), 'utf8')}`;
    expect(
      reportForFiles({
        [hours]: withBom(hours),
        [hoursJson]: withBom(hoursJson),
        'datasets/mentees.json': withBom('datasets/mentees.json'),
        'stories/first-jobs.mdx': withBom('stories/first-jobs.mdx'),
      }),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });

  test('a byte-order mark in site.json, a programme or a partner is refused: the build cannot read it there', () => {
    const withBom = (file: string) =>
      `\uFEFF${readFileSync(path.join(validSiteContent, file), 'utf8')}`;
    expect(
      reportForFiles({
        'site.json': withBom('site.json'),
        'programmes/tree-planting.json': withBom('programmes/mentoring.json'),
        'partners/tree-nursery.json': withBom('partners/youth-ngo.json'),
      }),
    ).toMatchInlineSnapshot(`
      "content/partners/tree-nursery.json: expected UTF-8 without a byte-order mark (BOM), found one, which the site build cannot read in this file; save it as "UTF-8" rather than "UTF-8 with BOM" (VS Code: "Save with Encoding", then "UTF-8")
      content/programmes/tree-planting.json: expected UTF-8 without a byte-order mark (BOM), found one, which the site build cannot read in this file; save it as "UTF-8" rather than "UTF-8 with BOM" (VS Code: "Save with Encoding", then "UTF-8")
      content/site.json: expected UTF-8 without a byte-order mark (BOM), found one, which the site build cannot read in this file; save it as "UTF-8" rather than "UTF-8 with BOM" (VS Code: "Save with Encoding", then "UTF-8")

      3 problems in 3 files."
    `);
  });
});

describe('a thousands separator read as a decimal point', () => {
  test('1.620 between 1480 and 1590 is a warning on its CSV line, and fails nothing', () => {
    expect(
      reportFor((c) =>
        c.write(
          hours,
          'period,value,status,note\n2023,1480,,\n2024,1.620,,\n2025,1590,provisional,\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "warning: content/datasets/volunteer-hours.csv:3: value: 1.62 is 1,000× smaller than its neighbours (1480 and 1590): did you mean 1620? Write numbers without a thousands separator; if 1.62 is right, leave it (a warning fails nothing)

      Content OK: 12 files checked, no problems; 1 warning."
    `);
  });

  test('in JSON observations the warning names observations[i].value', () => {
    expect(
      reportFor((c) =>
        c.json('datasets/waste-streams.json', (d) => {
          const paper = d['observations'].filter((o: { series: string }) => o.series === 'paper');
          paper[1].value = Number((paper[1].value / 1000).toFixed(3));
        }),
      ),
    ).toMatchInlineSnapshot(`
      "warning: content/datasets/waste-streams.json: observations[1].value: 0.41 is 1,000× smaller than its neighbours (400 and 390): did you mean 410? Write numbers without a thousands separator; if 0.41 is right, leave it (a warning fails nothing)

      Content OK: 12 files checked, no problems; 1 warning."
    `);
  });

  test('small values of a small series, and values that are not whole thousandths, give no warning', () => {
    expect(
      reportFor((c) => c.write(hours, 'period,value\n2023,1.48\n2024,1.52\n2025,1.5\n')),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
    expect(looksLikeMisreadThousands(1.62, [1480, 1590])).toBe(true);
    expect(looksLikeMisreadThousands(5, [4800, 5200])).toBe(true);
    expect(looksLikeMisreadThousands(1.5, [1.48, 1.52, 1.55])).toBe(false);
    // Four decimals cannot come from a thousands separator.
    expect(looksLikeMisreadThousands(1.6205, [1480, 1590])).toBe(false);
    // ×1000 far outside the series: a real drop, not a misread.
    expect(looksLikeMisreadThousands(9.5, [1480, 1590])).toBe(false);
    // One other value is no series to compare with.
    expect(looksLikeMisreadThousands(1.62, [1590])).toBe(false);
    expect(looksLikeMisreadThousands(0, [1480, 1590])).toBe(false);
  });

  test('the example site and the fixtures have no problem and no warning', () => {
    for (const dir of ['content', 'tests/fixtures/valid-site/content']) {
      expect(validateContent(path.resolve(dir), { today: fixedToday }).problems).toEqual([]);
    }
  });
});

describe('JSON that is broken or holds the wrong thing', () => {
  test('a dataset that is null, a number, a list or text, with or without a CSV beside it', () => {
    for (const json of ['null', '42', '[]', '"volunteer hours"', '[{ "title": "Hours" }]']) {
      expect(reportForFiles({ [hoursJson]: json })).toMatch(
        /^content\/datasets\/volunteer-hours\.json: expected an object/,
      );
    }
    expect(reportForFiles({ [hoursJson]: 'null' })).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json: expected an object with the dataset's fields, found null

      1 problem in 1 file."
    `);
    expect(reportForFiles({ [hoursJson]: '[{ "title": "Hours" }]', [hours]: undefined }))
      .toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json: expected an object with the dataset's fields, found a list; a file holds one dataset: write its fields between { }, without [ ] around them

      1 problem in 1 file."
    `);
  });

  test('site.json, a programme and a partner that are not objects', () => {
    expect(
      reportForFiles({
        'site.json': '"Impact"',
        'programmes/tree-planting.json': '12',
        'partners/tree-nursery.json': '[]',
      }),
    ).toMatchInlineSnapshot(`
      "content/partners/tree-nursery.json: expected an object with the partner's fields, found an empty list; a file holds one partner: write its fields between { }, without [ ] around them
      content/programmes/tree-planting.json: expected an object with the programme's fields, found 12
      content/site.json: expected an object with the site's settings, found "Impact"

      3 problems in 3 files."
    `);
  });

  test('JSON syntax errors give the line and column, with a hint in plain words', () => {
    const json = (text: string) => reportForFiles({ [hoursJson]: text });
    // Trailing comma.
    expect(json('{\n  "title": "Hours",\n  "programme": "mentoring",\n}\n')).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:3:27: is not valid JSON: expected another field after the comma, found "}"; remove this comma (JSON allows none after the last field)

      1 problem in 1 file."
    `);
    // Missing comma at the end of a line.
    expect(json('{\n  "title": "Hours"\n  "programme": "mentoring"\n}\n')).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:2:19: is not valid JSON: expected a comma or "}" after this field, found "programme" on the next line; add a comma here

      1 problem in 1 file."
    `);
    // Single quotes, a field name without quotes, curly quotes from a word processor.
    expect(json("{\n  'title': 'Hours'\n}\n")).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:2:3: is not valid JSON: expected text in double quotes, found single quotes; write "…" instead of '…'

      1 problem in 1 file."
    `);
    expect(json('{\n  title: "Hours"\n}\n')).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:2:3: is not valid JSON: expected a field name in double quotes, found title; write "title"

      1 problem in 1 file."
    `);
    expect(json('{\n  “title”: "Hours"\n}\n')).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:2:3: is not valid JSON: expected straight double quotes ("), found “; replace curly quotes with " (word processors change them)

      1 problem in 1 file."
    `);
    // A comment, a file cut short, an empty file.
    expect(json('{\n  // the title\n  "title": "Hours"\n}\n')).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:2:3: is not valid JSON: expected a field name in double quotes, found a comment; JSON has no comments, remove it

      1 problem in 1 file."
    `);
    expect(json('{\n  "title": "Hours",\n  "sources": [{ "label": "Time sheets" }\n'))
      .toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:4:1: is not valid JSON: expected "]" to close the list opened on line 3, found the end of the file; add the missing "]"

      1 problem in 1 file."
    `);
    expect(json('')).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json:1:1: is not valid JSON: expected an object {…}, found an empty file

      1 problem in 1 file."
    `);
  });

  test('front matter that is a single value, a list, or missing', () => {
    const page = (text: string) => reportForFiles({ 'pages/about.mdx': text });
    expect(page('---\nAbout us\n---\n\nText.\n')).toMatchInlineSnapshot(`
      "content/pages/about.mdx:2: front matter: expected the page's fields, one per line as name: value (title: …), found "About us"

      1 problem in 1 file."
    `);
    expect(page('---\n- title: About\n---\n\nText.\n')).toMatchInlineSnapshot(`
      "content/pages/about.mdx:2: front matter: expected the page's fields, one per line as name: value (title: …), found "- title: About"

      1 problem in 1 file."
    `);
    expect(page('# About\n\nText.\n')).toMatchInlineSnapshot(`
      "content/pages/about.mdx: front matter: expected the page's fields at the top of the file, between two lines of ---, found none

      1 problem in 1 file."
    `);
  });
});

describe('files the site would not read', () => {
  test('a story saved as .md, a page as .MDX, a partner as .json.txt', () => {
    expect(
      reportFor((c) => {
        c.write('stories/autumn-planting-day.md', '# Autumn planting day\n');
        c.write('pages/contact.MDX', '---\ntitle: Contact\n---\n');
        c.write('partners/tree-nursery.json.txt', '{}');
      }),
    ).toMatchInlineSnapshot(`
      "content/pages/contact.MDX: pages must end in .mdx; rename it to contact.mdx
      content/partners/tree-nursery.json.txt: partners must end in .json; rename it to tree-nursery.json
      content/stories/autumn-planting-day.md: stories must end in .mdx; rename it to autumn-planting-day.mdx

      3 problems in 3 files."
    `);
  });

  test('a CSV file without its dataset suggests the closest dataset id', () => {
    expect(
      reportFor((c) => {
        c.write('datasets/volunter-hours.csv', 'period,value\n2023,820\n');
        c.write('datasets/canteen-meals.csv', 'period,value\n2023,820\n');
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/canteen-meals.csv: is not read by the site: a .csv file holds the observations of the dataset with the same name, and there is no content/datasets/canteen-meals.json; add canteen-meals.json beside it, or move the file out of content/
      content/datasets/volunter-hours.csv: is not read by the site: a .csv file holds the observations of the dataset with the same name, and there is no content/datasets/volunter-hours.json; did you mean "volunteer-hours"? Rename it to volunteer-hours.csv

      2 problems in 2 files."
    `);
  });

  test('notes, JSON among stories, a spreadsheet, unknown folders and subfolders', () => {
    expect(
      reportForFiles({
        'stories/notes.txt': 'ideas',
        'stories/mentees.json': '{}',
        'datasets/recycling.xlsx': 'PK',
        'README.md': '# Content',
        'site.jsonc': '{}',
        'storys/autumn-planting-day.mdx': '---\ntitle: Autumn\n---\n',
        'drafts/summer.mdx': '---\ntitle: Summer\n---\n',
        'stories/2025/spring.mdx': '---\ntitle: Spring\n---\n',
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.xlsx: is not read by the site: content/datasets/ holds datasets as .json files, the .csv file of observations beside a dataset, and images; save the sheet as "CSV UTF-8" into content/datasets/, named after its dataset (recycling.csv beside recycling.json), and keep the spreadsheet elsewhere
      content/drafts/summer.mdx: is not read by the site: content/drafts/ is not a folder the site reads (programmes, partners, datasets, stories, pages); stories go in content/stories/ and pages in content/pages/, as .mdx files; keep other notes outside content/
      content/README.md: is not read by the site: content/ holds site.json, redirects.json, images and the folders programmes, partners, datasets, stories and pages; stories go in content/stories/ and pages in content/pages/, as .mdx files; keep other notes outside content/
      content/site.jsonc: the site's settings must be in site.json; rename it to site.json
      content/stories/2025/spring.mdx: is not read by the site: files in a subfolder of content/stories/ are not read (images aside); move it to content/stories/
      content/stories/mentees.json: is not read by the site: content/stories/ holds stories as .mdx files, and their images; programmes, partners and datasets go in content/programmes/, content/partners/ and content/datasets/
      content/stories/notes.txt: is not read by the site: content/stories/ holds stories as .mdx files, and their images; keep notes and working files outside content/
      content/storys/autumn-planting-day.mdx: is not read by the site: content/storys/ is not a folder the site reads (programmes, partners, datasets, stories, pages); did you mean content/stories/?

      8 problems in 8 files."
    `);
  });

  test('images anywhere, and files the computer writes, are passed over', () => {
    expect(
      reportForFiles({
        'stories/planting.JPG': 'jpeg',
        'stories/images/hero.webp': 'webp',
        'images/logo.svg': '<svg/>',
        '.DS_Store': '',
        'datasets/Thumbs.db': '',
        'pages/desktop.ini': '',
        '.gitkeep': '',
        '.obsidian/app.json': '{}',
      }),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });
});
