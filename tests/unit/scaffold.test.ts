// `npm run new`, as authors and CI run it: real processes on a copy of the valid fixture, then
// the same content check as `npm run check` on what they wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { formatReport } from '../../src/lib/content/report.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { askMissing, cancelled } from '../../src/lib/scaffold/ask.ts';
import type { Question } from '../../src/lib/scaffold/questions.ts';
import { slugFor } from '../../src/lib/scaffold/slug.ts';
import { importSpreadsheet } from '../../src/lib/scaffold/spreadsheet.ts';
import { editedContent, fixedToday } from '../helpers/content-fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A fresh copy of the valid fixture's content folder. */
function site(edit: Parameters<typeof editedContent>[0] = () => {}): string {
  const { dir, cleanup } = editedContent(edit);
  cleanups.push(cleanup);
  return dir;
}

/** `npm run new …` without a terminal (stdin is not a TTY), today pinned to `fixedToday`. */
function runNew(contentDir: string, args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    env: {
      ...process.env,
      IMPACT_LEDGER_CONTENT: contentDir,
      SOURCE_DATE_EPOCH: String(Date.parse(`${fixedToday}T00:00:00Z`) / 1000),
    },
    encoding: 'utf8',
    input: '',
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The report `npm run check` prints for the folder. */
function check(contentDir: string): string {
  const { problems, files } = validateContent(contentDir, { today: fixedToday });
  return formatReport(problems, files);
}

const storyFlags = [
  'story',
  '--title',
  'Școala de vară: mentori în Mănăștur',
  '--programme',
  'mentoring',
  '--partners',
  'youth-ngo',
  '--author',
  'Ioana Mureșan',
  '--role',
  'CSR coordinator',
];

describe('npm run new story', { timeout: 60_000 }, () => {
  test('writes a draft whose front matter and examples pass the check, and says what next', () => {
    const dir = site();
    const run = runNew(dir, storyFlags);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "Wrote content/stories/scoala-de-vara-mentori-in-manastur.mdx.

      Next:
        1. Preview it: npm run dev, then open http://localhost:4321/stories/scoala-de-vara-mentori-in-manastur/
        2. Write the story in content/stories/scoala-de-vara-mentori-in-manastur.mdx: the notes in the file say how, with examples to copy.
        3. Check it: npm run check
        4. Publish it: the story is a draft, shown only in the preview. When it is ready, delete the line "draft: true" at the top of content/stories/scoala-de-vara-mentori-in-manastur.mdx and run npm run check again.
      "
    `);
    const file = path.join(dir, 'stories/scoala-de-vara-mentori-in-manastur.mdx');
    expect(readFileSync(file, 'utf8')).toMatchInlineSnapshot(`
      "---
      title: 'Școala de vară: mentori în Mănăștur'
      description: 'Replace this with one or two sentences that say what the story is about.'
      date: 2026-11-28
      programme: mentoring
      partners: [youth-ngo]
      author: { name: 'Ioana Mureșan', role: 'CSR coordinator' }
      # Who the story names, quotes or shows, with their consent (docs/authoring.md, "Name people
      # only with their consent"). To use it, delete "# " at the start of the next 3 lines.
      # people:
      #   - name: 'First name Last name'
      #     consent: { date: 2026-11-28, scope: [text], reference: 'consent form number' }
      draft: true
      ---

      {/*
      HOW TO WRITE THIS STORY. Notes like this one, between the note markers, are never shown.
      1. Run npm run dev and open
         http://localhost:4321/stories/scoala-de-vara-mentori-in-manastur/
         to see the story as you write it. It is a draft: only the preview shows it.
      2. Above, between the --- lines, replace the description with one or two sentences.
      3. Write the story below. Start each section with ## and its heading.
         Leave an empty line between paragraphs.
      4. To show a number, a chart, a quote, a note or a partner, use an example below.
      5. Run npm run check: it lists anything to fix, with the line.
      6. To publish, delete the line draft: true above and run npm run check again.
      */}

      Write the first paragraph here: who, where, and what happened.

      {/* KEY FIGURE: a number from the dataset "Mentees enrolled and completed", in a sentence. To use it, delete this line and the last line of this note.
      We counted <KeyFigure dataset="mentees" series="enrolled" period="2024" label="mentees" />.
      */}

      {/* CHART: the dataset "Mentees enrolled and completed" drawn as a chart. To use it, delete this line and the last line of this note.
      <ImpactChart dataset="mentees" title="Mentees enrolled and completed" />
      */}

      {/* QUOTE: someone’s own words. List the person under people at the top first, with their consent. To use it, delete this line and the last line of this note.
      <Quote by="First name Last name" role="Their role">
        What they said, in their own words.
      </Quote>
      */}

      {/* CALLOUT: a short note that stands out from the text. To use it, delete this line and the last line of this note.
      <Callout title="How we count">
        One or two sentences readers should not miss.
      </Callout>
      */}

      {/* PARTNER CARD: a link to the page of Asociația Tinerii Fixture. To use it, delete this line and the last line of this note.
      <PartnerCard partner="youth-ngo" />
      */}
      "
    `);
    expect(check(dir)).toBe('Content OK: 13 files checked, no problems.');
  });

  test('each commented example works once its note lines are deleted, and the story publishes', () => {
    const dir = site();
    expect(runNew(dir, storyFlags).status).toBe(0);
    const file = path.join(dir, 'stories/scoala-de-vara-mentori-in-manastur.mdx');
    const text = readFileSync(file, 'utf8');
    const notes = text.match(/^\{\/\* [A-Z ]+:.*\n[\s\S]*?\n\*\/\}$/gm) ?? [];
    expect(notes.map((note) => /^\{\/\* ([A-Z ]+):/.exec(note)?.[1])).toEqual([
      'KEY FIGURE',
      'CHART',
      'QUOTE',
      'CALLOUT',
      'PARTNER CARD',
    ]);
    // As the note says: delete its first and last line.
    const used = notes.reduce(
      (story, note) => story.replace(note, note.split('\n').slice(1, -1).join('\n')),
      text.replace('draft: true\n', ''),
    );
    // As the front matter says: the person the quote names, listed with their consent.
    const withPeople = used.replace(/^# (people:| {2}- name:| {4}consent:)/gm, '$1');
    writeFileSync(file, withPeople);
    expect(withPeople).toContain('<PartnerCard partner="youth-ngo" />');
    expect(withPeople).toMatch(/^people:\n {2}- name: 'First name Last name'\n/m);
    // Published with the template's words still in it: each is refused, at its line.
    expect(check(dir)).toMatchInlineSnapshot(`
      "content/stories/scoala-de-vara-mentori-in-manastur.mdx:3: found the template's placeholder "Replace this with one or two sentences that say what the story is about."; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:11: found the template's placeholder "First name Last name"; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:12: found the template's placeholder "consent form number"; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:28: found the template's placeholder "Write the first paragraph here: who, where, and what happened."; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:34: found the template's placeholder "First name Last name"; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:34: found the template's placeholder "Their role"; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:35: found the template's placeholder "What they said, in their own words."; replace it with your own words before publishing, or keep draft: true until the story is ready
      content/stories/scoala-de-vara-mentori-in-manastur.mdx:39: found the template's placeholder "One or two sentences readers should not miss."; replace it with your own words before publishing, or keep draft: true until the story is ready

      8 problems in 1 file."
    `);
    // The author's own words in their place.
    const own: Record<string, string> = {
      'Replace this with one or two sentences that say what the story is about.':
        'Mentees spent a week of the summer at our office.',
      'Write the first paragraph here: who, where, and what happened.': 'Twelve mentees came.',
      'First name Last name': 'Ana Pop',
      'Their role': 'Mentor',
      'What they said, in their own words.': 'It was a good week.',
      'One or two sentences readers should not miss.': 'We count every day attended.',
      'consent form number': 'form 2026-001',
    };
    writeFileSync(
      file,
      Object.entries(own).reduce((story, [from, to]) => story.replaceAll(from, to), withPeople),
    );
    expect(check(dir)).toBe('Content OK: 13 files checked, no problems.');
    const { content } = validateContent(dir, { today: fixedToday });
    const story = content.stories.find(({ id }) => id === 'scoala-de-vara-mentori-in-manastur');
    expect(story?.data?.draft).toBe(false);
  });

  test('never writes over a story, and suggests a free name', () => {
    const dir = site();
    expect(runNew(dir, storyFlags).status).toBe(0);
    const file = path.join(dir, 'stories/scoala-de-vara-mentori-in-manastur.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Write the first paragraph', 'Mine'));
    const before = readFileSync(file, 'utf8');
    const again = runNew(dir, storyFlags);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatchInlineSnapshot(`
      "content/stories/scoala-de-vara-mentori-in-manastur.mdx already exists, and npm run new never writes over a file. Nothing was written.
      Choose another title, or name the file yourself: npm run new story -- --id scoala-de-vara-mentori-in-manastur-2 (and the same options as before)
      "
    `);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const named = runNew(dir, [...storyFlags, '--id', 'scoala-de-vara-mentori-in-manastur-2']);
    expect(named.status).toBe(0);
    expect(existsSync(path.join(dir, 'stories/scoala-de-vara-mentori-in-manastur-2.mdx'))).toBe(
      true,
    );
  });

  test('without a terminal, lists every missing flag at once and writes nothing', () => {
    const dir = site();
    const run = runNew(dir, ['story', '--programme', 'mentoring']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatchInlineSnapshot(`
      "npm run new story needs 2 more answers. Run it in a terminal to be asked, or add:
        --title "…"  Title of the story
        --author "…"  Your name, as readers will see it

      Nothing was written. See all the options: npm run new story -- --help
      "
    `);
    expect(check(dir)).toBe('Content OK: 12 files checked, no problems.');
  });

  test('a misspelt choice or flag is explained with the choices', () => {
    const dir = site();
    const typo = runNew(dir, [
      ...storyFlags.slice(0, 3),
      '--programme',
      'mentorng',
      '--author',
      'A',
    ]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatchInlineSnapshot(`
      "--programme: "mentorng" is not one of the choices (mentoring); did you mean "mentoring"?

      Nothing was written.
      "
    `);
    const flag = runNew(dir, ['story', '--titel', 'x']);
    expect(flag.status).toBe(1);
    expect(flag.stderr).toMatchInlineSnapshot(`
      "--titel is not an option here; did you mean --title?

      Nothing was written. See the options: npm run new story -- --help
      "
    `);
  });

  test('--help lists the options of a kind', () => {
    const run = runNew(site(), ['story', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "npm run new story -- [options]

      Writes a new story, content/stories/<name>.mdx, as a draft with examples to copy.
      Without options, it asks its questions one by one. Options answer them in advance:

        --title "…"
            Title of the story (required)
        --programme <id>
            Which programme is it about? (required; one of: mentoring)
        --partners <id>,<id>
            Partners the story features (optional; one of: city-recycler, youth-ngo)
        --author "…"
            Your name, as readers will see it (required)
        --role "…"
            Your role (optional)
        --description "…"
            One or two sentences for story lists and search results (you can write them later) (optional)
        --date YYYY-MM-DD
            Publication date, written YYYY-MM-DD (optional; default 2026-11-28)
        --id <name>
            File name without .mdx (made from the title when left out) (optional)

      Ctrl-C stops without writing anything.
      "
    `);
    // An answer needed only for some answers says when.
    const dataset = runNew(site(), ['dataset', '--help']);
    expect(dataset.stdout).toContain(
      'Currency, as a three-letter code (required when --kind is currency)',
    );
  });
});

/** A CSV file outside the content folder, as a spreadsheet exports it. */
function exportFile(dir: string, text: string): string {
  const file = path.join(path.dirname(dir), 'export.csv');
  writeFileSync(file, text);
  return file;
}

const datasetFlags = (from: string) => [
  'dataset',
  '--from',
  from,
  '--title',
  'Office waste recycled',
  '--description',
  'Kilograms of paper, plastic and electronic waste collected in the office and recycled.',
  '--programme',
  'mentoring',
  '--measure',
  'Waste recycled',
  '--unit',
  'kg',
  '--kind',
  'mass',
  '--aggregation',
  'sum',
  '--add-up',
  'yes',
  '--methodology',
  'Weighed at each collection.',
  '--source',
  'Recycler certificates',
  '--source-type',
  'partner-records',
  '--verification',
  'partner-confirmed',
  '--verified-by',
  'City Recycler',
  '--verified-on',
  '2026-01-20',
];

describe('npm run new dataset --from', { timeout: 60_000 }, () => {
  test('reads a Romanian Excel export (BOM, ;, 1.234,5, merged years, empty cells)', () => {
    const dir = site();
    const from = exportFile(
      dir,
      '\uFEFFAn;Trimestru;Hârtie și carton;Plastic;Deșeuri electronice\r\n' +
        '2025;T1;1.234,5;310;\r\n' +
        ';T2;1.402;295,5;120\r\n' +
        ';T3;1 120;;80\r\n' +
        '2026;T4;1.310;330;-\r\n' +
        ';;;;\r\n',
    );
    const run = runNew(dir, datasetFlags(from));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.replace(from, 'export.csv')).toMatchInlineSnapshot(`
      "Read export.csv: 9 values, 3 series (Hârtie și carton, Plastic, Deșeuri electronice), series in columns; numbers written like 1.234,5 (a decimal comma, a point or a space between thousands).
        - 3 empty cells were left out (no value): line 2 (Deșeuri electronice), line 4 (Plastic), line 5 (Deșeuri electronice)
        - Lines 3, 4 had no year, so the year above was used (merged cells)
        - 2026-Q4 has not ended yet, so its values are marked provisional
      Wrote content/datasets/office-waste-recycled.json and content/datasets/office-waste-recycled.csv.

      Next:
        1. Preview it: npm run dev, then open http://localhost:4321/data/office-waste-recycled/
        2. Next quarter, add a row to content/datasets/office-waste-recycled.csv (or edit it in your spreadsheet and save it as CSV UTF-8).
        3. Check it: npm run check
      "
    `);
    expect(check(dir)).toBe('Content OK: 13 files checked, no problems.');
    const { content } = validateContent(dir, { today: fixedToday });
    const dataset = content.datasets.find(({ id }) => id === 'office-waste-recycled')?.data;
    expect(dataset?.measure.seriesAddUp).toBe(true);
    expect(dataset?.series?.map(({ label }) => label)).toEqual([
      'Hârtie și carton',
      'Plastic',
      'Deșeuri electronice',
    ]);
    expect(
      dataset?.observations.map(({ series, period, value, status }) => [
        series,
        period,
        value,
        status,
      ]),
    ).toEqual([
      ['hartie-si-carton', '2025-Q1', 1234.5, 'measured'],
      ['plastic', '2025-Q1', 310, 'measured'],
      ['hartie-si-carton', '2025-Q2', 1402, 'measured'],
      ['plastic', '2025-Q2', 295.5, 'measured'],
      ['deseuri-electronice', '2025-Q2', 120, 'measured'],
      ['hartie-si-carton', '2025-Q3', 1120, 'measured'],
      ['deseuri-electronice', '2025-Q3', 80, 'measured'],
      ['hartie-si-carton', '2026-Q4', 1310, 'provisional'],
      ['plastic', '2026-Q4', 330, 'provisional'],
    ]);
    expect(readFileSync(path.join(dir, 'datasets/office-waste-recycled.csv'), 'utf8'))
      .toMatchInlineSnapshot(`
      "period;series;value;status
      2025-Q1;hartie-si-carton;1234,5;
      2025-Q1;plastic;310;
      2025-Q2;hartie-si-carton;1402;
      2025-Q2;plastic;295,5;
      2025-Q2;deseuri-electronice;120;
      2025-Q3;hartie-si-carton;1120;
      2025-Q3;deseuri-electronice;80;
      2026-Q4;hartie-si-carton;1310;provisional
      2026-Q4;plastic;330;provisional
      "
    `);
  });

  test('a row it cannot read is named by its line, and nothing is written', () => {
    const dir = site();
    const from = exportFile(
      dir,
      'Perioada;Valoare\n2024;1.234,5\n2025;12.5\nTotal;1.247\n2026-Q1;abc\n',
    );
    const run = runNew(dir, datasetFlags(from));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.replaceAll(from, 'export.csv')).toMatchInlineSnapshot(`
      "export.csv:3: Valoare: expected a number written like 1.234,5 (a decimal comma, a point or a space between thousands), as the semicolons between columns say, found "12.5"
      export.csv:4: Perioada: expected a period such as 2025, 2025-Q1, Q1 2025 or 2025-03, found "Total"; this looks like a row of totals: delete it (the site adds the periods up itself)
      export.csv:5: Valoare: expected a number written like 1.234,5 (a decimal comma, a point or a space between thousands), as the semicolons between columns say, found "abc"

      Nothing was written: fix the spreadsheet (or its export) and run the command again.
      "
    `);
    expect(existsSync(path.join(dir, 'datasets/office-waste-recycled.json'))).toBe(false);
    expect(check(dir)).toBe('Content OK: 12 files checked, no problems.');
  });

  test('series in rows, periods as column names, English numbers', () => {
    const { data, problems } = importSpreadsheet(
      'Series,Q1 2025,Q2 2025,2025-Q3\nEnrolled,"1,250",980.5,\nCompleted,40,41,42\n',
      'export.csv',
      { today: fixedToday },
    );
    expect(problems).toEqual([]);
    expect(data?.layout).toBe('series in rows');
    expect(data?.series).toEqual([
      { id: 'enrolled', label: 'Enrolled' },
      { id: 'completed', label: 'Completed' },
    ]);
    expect(
      data?.observations.map(({ series, period, value }) => `${series} ${period} ${value}`),
    ).toEqual([
      'enrolled 2025-Q1 1250',
      'enrolled 2025-Q2 980.5',
      'completed 2025-Q1 40',
      'completed 2025-Q2 41',
      'completed 2025-Q3 42',
    ]);
    expect(data?.notes).toEqual(['An empty cell was left out (no value): line 2 (Enrolled)']);
  });
});

describe('npm run new partner and programme', { timeout: 60_000 }, () => {
  test('write files that pass the check', () => {
    const dir = site();
    const partner = runNew(dir, [
      'partner',
      '--name',
      'Asociația Pădurea Vie',
      '--type',
      'ngo',
      '--website',
      'https://padurea-vie.example.org',
      '--description',
      'Plants and looks after native trees along the rivers of Cluj county.',
      '--country',
      'RO',
    ]);
    expect(partner.stderr).toBe('');
    expect(partner.stdout).toMatchInlineSnapshot(`
      "Wrote content/partners/asociatia-padurea-vie.json.

      Next:
        1. Link it to a programme: in content/programmes/<programme>.json, add { "partner": "asociatia-padurea-vie", "role": "delivery" } to "partners".
        2. It gets a public page only once the partner agrees: then add "consent": { "published": true, "date": "YYYY-MM-DD" } to content/partners/asociatia-padurea-vie.json.
        3. Check it: npm run check
      "
    `);
    const programme = runNew(dir, [
      'programme',
      '--name',
      'Trees for the Someș',
      '--summary',
      'Employees plant native trees along the Someșul Mic with a local NGO.',
      '--pillar',
      'environment',
      '--status',
      'active',
      '--start',
      '2025-03-01',
      '--need',
      'The river banks lost most of their trees to floods.',
      '--evidence',
      'County environment agency survey, 2023.',
    ]);
    expect(programme.stderr).toBe('');
    expect(programme.status).toBe(0);
    expect(readFileSync(path.join(dir, 'programmes/trees-for-the-somes.json'), 'utf8'))
      .toMatchInlineSnapshot(`
      "{
        "name": "Trees for the Someș",
        "summary": "Employees plant native trees along the Someșul Mic with a local NGO.",
        "pillar": "environment",
        "status": "active",
        "startDate": "2025-03-01",
        "communityNeed": {
          "statement": "The river banks lost most of their trees to floods.",
          "evidence": "County environment agency survey, 2023."
        }
      }
      "
    `);
    expect(check(dir)).toBe('Content OK: 14 files checked, no problems.');
  });

  test('an answer the schema refuses is explained before anything is written', () => {
    const run = runNew(site(), [
      'partner',
      '--name',
      'X',
      '--type',
      'charity',
      '--website',
      'padurea-vie.ro',
      '--description',
      'An NGO.',
      '--country',
      'Romania',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "--type: "charity" is not one of the choices (ngo, school, hospital, public-body, community-group, other)
      --website: expected an absolute http(s) URL such as "https://example.org"
      --country: expected a two-letter ISO 3166-1 country code such as "RO"

      Nothing was written.
      "
    `);
  });
});

describe('the prompts', () => {
  const questions: Question[] = [
    { flag: 'title', message: 'Title', valueHint: '"…"', kind: 'text', required: true },
    {
      flag: 'programme',
      message: 'Programme',
      valueHint: '<id>',
      kind: 'select',
      required: true,
      choices: [
        { value: 'mentoring', label: 'Mentoring for first jobs' },
        { value: 'trees', label: 'Trees' },
      ],
    },
    {
      flag: 'partners',
      message: 'Partners',
      valueHint: 'a,b',
      kind: 'multiselect',
      required: false,
      choices: [{ value: 'youth-ngo' }, { value: 'city-recycler' }],
    },
    { flag: 'role', message: 'Role', valueHint: '"…"', kind: 'text', required: false },
  ];

  /** Drives the real prompts with keys, as a terminal would send them. */
  async function answer(keys: string[], given = {}) {
    const input = new PassThrough();
    let shown = '';
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        shown += chunk.toString();
        done();
      },
    });
    const answers = askMissing(questions, given, { input, output });
    for (const key of keys) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      input.write(key);
    }
    return { answers: await answers, shown };
  }

  test('typed text, a select and a multiselect become the answers; given ones are not asked', async () => {
    const down = '\u001b[B';
    const { answers, shown } = await answer([
      'Planting day',
      '\r',
      down,
      '\r',
      down,
      ' ',
      '\r',
      '\r',
    ]);
    expect(answers).toEqual({
      title: 'Planting day',
      programme: 'trees',
      partners: ['city-recycler'],
      role: '',
    });
    expect(shown).toContain('Mentoring for first jobs');
    const partly = await answer(['\r', '\r', '\r'], { title: 'Given' });
    expect(partly.answers).toEqual({
      title: 'Given',
      programme: 'mentoring',
      partners: [],
      role: '',
    });
    expect(partly.shown).not.toContain('Title');
  });

  test('Ctrl-C cancels', async () => {
    const { answers } = await answer(['Plant', '\u0003']);
    expect(answers).toBe(cancelled);
  });
});

test('slugs: Romanian letters become plain ones, long titles are cut at a word', () => {
  expect(slugFor('Școala și pădurea: ţânţari în Mănăștur!')).toBe(
    'scoala-si-padurea-tantari-in-manastur',
  );
  const long = slugFor(
    'A very long headline about the neighbourhood collection days in Mănăștur and Gheorgheni this autumn',
  );
  expect(long.length).toBeLessThanOrEqual(60);
  expect(long).toBe('a-very-long-headline-about-the-neighbourhood-collection-days');
});
