import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { isCancel, select } from '@clack/prompts';
import { idSchema } from '../../schemas/index.ts';
import { formatReport } from '../content/report.ts';
import { formatProblem } from '../content/problem.ts';
import { routes } from '../routes.ts';
import { didYouMean } from '../suggest.ts';
import { askMissing, cancelled } from './ask.ts';
import { contentChoices, type ContentChoices } from './content-choices.ts';
import { datasetData, datasetQuestions } from './dataset.ts';
import { fieldRule } from './field-rule.ts';
import { partnerData, partnerQuestions } from './partner.ts';
import { programmeData, programmeQuestions } from './programme.ts';
import {
  answersFromFlags,
  helpText,
  missingAnswers,
  missingFlagsMessage,
  textAnswer,
  withDefaults,
  type Answers,
  type Question,
} from './questions.ts';
import { freeId, slugFor } from './slug.ts';
import { importSpreadsheet, observationsCsv, type SpreadsheetImport } from './spreadsheet.ts';
import { describeNumbers } from './spreadsheet-cells.ts';
import { displayPath, newFileProblems, writeNewFiles, type NewFile } from './stage.ts';
import { storyFile, storyQuestions } from './story.ts';

/** What can be created, with the folder its file goes to and what names it. */
export const kinds = {
  story: {
    folder: 'stories',
    extension: '.mdx',
    nameFrom: 'title',
    summary: 'Writes a new story, content/stories/<name>.mdx, as a draft with examples to copy.',
  },
  dataset: {
    folder: 'datasets',
    extension: '.json',
    nameFrom: 'title',
    summary:
      'Reads a spreadsheet export (CSV) and writes content/datasets/<name>.json with its values in content/datasets/<name>.csv.',
  },
  partner: {
    folder: 'partners',
    extension: '.json',
    nameFrom: 'name',
    summary: 'Writes a new partner, content/partners/<name>.json.',
  },
  programme: {
    folder: 'programmes',
    extension: '.json',
    nameFrom: 'name',
    summary: 'Writes a new programme, content/programmes/<name>.json.',
  },
} as const;

export type Kind = keyof typeof kinds;
const kindNames = Object.keys(kinds) as Kind[];

/** Where a run reads and writes: the real terminal, or a test's. */
export interface RunContext {
  contentDir: string;
  /** Today as `YYYY-MM-DD`. */
  today: string;
  /** Whether a person can answer questions (stdin is a terminal). */
  interactive: boolean;
  input?: Readable;
  output: Writable;
  errors: Writable;
}

/** The `--id` question: the file name, from the title or name unless given. */
function idQuestion(kind: Kind): Question {
  return {
    flag: 'id',
    message: `File name without .${kinds[kind].extension.slice(1)} (made from the ${kinds[kind].nameFrom} when left out)`,
    valueHint: '<name>',
    kind: 'text',
    required: false,
    validate: fieldRule(idSchema),
    flagOnly: true,
  };
}

function questionsOf(kind: Kind, choices: ContentChoices, today: string, seriesCount = 0) {
  const own =
    kind === 'story'
      ? storyQuestions(choices, today)
      : kind === 'dataset'
        ? datasetQuestions(choices, seriesCount)
        : kind === 'partner'
          ? partnerQuestions()
          : programmeQuestions(today);
  return [...own, idQuestion(kind)];
}

const usage = [
  'npm run new <what> -- [options]',
  '',
  'Creates a file in content/ from a template, asking what it needs to know.',
  '',
  ...kindNames.map((kind) => `  npm run new ${kind.padEnd(10)}${kinds[kind].summary}`),
  '',
  'Options for one kind: npm run new story -- --help',
].join('\n');

/** Plain words for what `util.parseArgs` refuses (`Unknown option '--titel'`). */
function flagProblem(error: unknown, known: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
  if (unknown !== undefined)
    return `--${unknown} is not an option here${didYouMean(unknown, known).replace(/"([^"]+)"/, '--$1')}`;
  const needsValue = /Option '--([^\s']+)[^']*' argument missing/.exec(message)?.[1];
  if (needsValue !== undefined) return `--${needsValue} needs a value after it`;
  return message.replace(/\. To specify .*$/s, '');
}

/**
 * `npm run new [kind] [--flags]`: asks for (or takes from flags) what a new story, dataset,
 * partner or programme needs, checks the file(s) with the content check before writing, and
 * writes them, never over an existing file. Without a terminal, missing answers are listed
 * and nothing is asked. Returns the exit code: 0 written (or help), 1 not written.
 */
export async function runNew(argv: readonly string[], context: RunContext): Promise<number> {
  const out = (text: string) => context.output.write(`${text}\n`);
  const fail = (text: string) => {
    context.errors.write(`${text}\n`);
    return 1;
  };
  const streams = {
    ...(context.input === undefined ? {} : { input: context.input }),
    output: context.output,
  };
  let kindName = argv[0] !== undefined && !argv[0].startsWith('-') ? argv[0] : undefined;
  if (kindName === undefined) {
    if (argv.includes('--help') || argv.includes('-h')) {
      out(usage);
      return 0;
    }
    if (!context.interactive) return fail(`Tell me what to create.\n\n${usage}`);
    const chosen = await select({
      ...streams,
      message: 'What do you want to create?',
      options: kindNames.map((kind) => ({ value: kind, label: kind, hint: kinds[kind].summary })),
    });
    if (isCancel(chosen)) return fail('Cancelled: nothing was written.');
    kindName = chosen;
  }
  if (!(kindName in kinds))
    return fail(
      `"${kindName}" is not something npm run new creates${didYouMean(kindName, kindNames)}; choose ${kindNames.join(', ')}.`,
    );
  const kind = kindName as Kind;
  const spec = kinds[kind];
  const choices = contentChoices(context.contentDir);
  let questions = questionsOf(kind, choices, context.today);
  let flags: Record<string, string | undefined>;
  let help: boolean;
  try {
    const parsed = parseArgs({
      args: argv.slice(argv[0] === kindName ? 1 : 0),
      options: {
        ...Object.fromEntries(questions.map((question) => [question.flag, { type: 'string' }])),
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    const { help: helpFlag, ...values } = parsed.values as Record<string, string | boolean>;
    help = helpFlag === true;
    flags = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
  } catch (error) {
    return fail(
      `${flagProblem(
        error,
        questions.map((question) => question.flag),
      )}\n\nNothing was written. See the options: npm run new ${kind} -- --help`,
    );
  }
  if (help) {
    out(helpText(kind, spec.summary, questions));
    return 0;
  }
  const given = answersFromFlags(questions, flags);
  if (given.problems.length > 0)
    return fail(`${given.problems.join('\n')}\n\nNothing was written.`);
  let answers = given.answers;
  const missing = missingAnswers(questions, answers);
  if (missing.length > 0 && !context.interactive) return fail(missingFlagsMessage(kind, missing));
  const ask = missing.length > 0;

  let sheet: SpreadsheetImport | undefined;
  if (kind === 'dataset') {
    if (ask) {
      const from = await askMissing(questions.slice(0, 1), answers, streams);
      if (from === cancelled) return fail('Cancelled: nothing was written.');
      answers = from;
    }
    const read = readSpreadsheet(textAnswer(answers, 'from'), choices, context.today);
    if (read.problems !== undefined) return fail(read.problems);
    sheet = read.sheet;
    questions = questionsOf(kind, choices, context.today, sheet.series?.length ?? 0);
    // Flags of questions that apply only now (whether several series add up) are read again.
    answers = { ...answersFromFlags(questions, flags).answers, ...answers };
    out(sheetSummary(textAnswer(answers, 'from'), sheet));
  }
  if (ask) {
    const asked = await askMissing(questions, answers, streams);
    if (asked === cancelled) return fail('Cancelled: nothing was written.');
    answers = asked;
  }
  answers = withDefaults(questions, answers);

  const folder = path.join(context.contentDir, spec.folder);
  const id = textAnswer(answers, 'id') || slugFor(textAnswer(answers, spec.nameFrom));
  if (id === '')
    return fail(
      `The ${spec.nameFrom} has no letter or digit to make a file name from; give one with --id <name>. Nothing was written.`,
    );
  const taken = [spec.extension, ...(kind === 'dataset' ? ['.csv'] : [])].find((extension) =>
    existsSync(path.join(folder, `${id}${extension}`)),
  );
  if (taken !== undefined) {
    const suggestion = freeId(folder, id, spec.extension);
    return fail(
      `${displayPath(context.contentDir, { path: `${spec.folder}/${id}${taken}`, text: '' })} already exists, and npm run new never writes over a file. Nothing was written.\nChoose another ${kind === 'story' ? 'title' : 'name'}, or name the file yourself: npm run new ${kind} -- --id ${suggestion} (and the same options as before)`,
    );
  }
  const files = filesOf(kind, id, answers, choices, context.today, sheet);
  const problems = newFileProblems(context.contentDir, files, context.today);
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0)
    return fail(
      `Nothing was written: the content check found problems in the new ${files.length === 1 ? 'file' : 'files'}.\n\n${formatReport(problems, files.length)}`,
    );
  writeNewFiles(context.contentDir, files);
  const written = files.map((file) => displayPath(context.contentDir, file));
  out(
    [
      `Wrote ${written.join(' and ')}.`,
      ...problems.map((warning) => `warning: ${formatProblem(warning)}`),
      '',
      'Next:',
      ...nextSteps(kind, id, written, choices).map((step, index) => `  ${index + 1}. ${step}`),
    ].join('\n'),
  );
  return 0;
}

function readSpreadsheet(
  from: string,
  choices: ContentChoices,
  today: string,
): { sheet: SpreadsheetImport; problems?: undefined } | { problems: string } {
  if (!existsSync(from)) return { problems: `There is no file ${from}. Nothing was written.` };
  const { data, problems } = importSpreadsheet(readFileSync(from, 'utf8'), from, {
    today,
    fiscalYearStartMonth: choices.fiscalYearStartMonth,
  });
  if (data === undefined)
    return {
      problems: `${problems.map(formatProblem).join('\n')}\n\nNothing was written: fix the spreadsheet (or its export) and run the command again.`,
    };
  return { sheet: data };
}

function sheetSummary(from: string, sheet: SpreadsheetImport): string {
  const series =
    sheet.series === undefined
      ? 'one series'
      : `${sheet.series.length} series (${sheet.series.map(({ label }) => label).join(', ')})`;
  const values = sheet.observations.length;
  return [
    `Read ${from}: ${values} ${values === 1 ? 'value' : 'values'}, ${series}, ${sheet.layout}; numbers written like ${describeNumbers(sheet.format)}.`,
    ...sheet.notes.map((note) => `  - ${note}`),
  ].join('\n');
}

function filesOf(
  kind: Kind,
  id: string,
  answers: Answers,
  choices: ContentChoices,
  today: string,
  sheet: SpreadsheetImport | undefined,
): NewFile[] {
  const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
  switch (kind) {
    case 'story':
      return [storyFile(id, answers, choices, { today, base: choices.base })];
    case 'partner':
      return [{ path: `partners/${id}.json`, text: json(partnerData(answers)) }];
    case 'programme':
      return [{ path: `programmes/${id}.json`, text: json(programmeData(answers)) }];
    case 'dataset':
      if (sheet === undefined) return [];
      return [
        { path: `datasets/${id}.json`, text: json(datasetData(answers, sheet, today)) },
        { path: `datasets/${id}.csv`, text: observationsCsv(sheet) },
      ];
  }
}

function nextSteps(
  kind: Kind,
  id: string,
  written: readonly string[],
  choices: ContentChoices,
): string[] {
  const preview = (route: string) =>
    `http://localhost:4321${choices.base.replace(/\/$/, '')}${route}`;
  const file = written[0] ?? '';
  switch (kind) {
    case 'story':
      return [
        `Preview it: npm run dev, then open ${preview(routes.story(id))}`,
        `Write the story in ${file}: the notes in the file say how, with examples to copy.`,
        'Check it: npm run check',
        `Publish it: the story is a draft, shown only in the preview. When it is ready, delete the line "draft: true" at the top of ${file} and run npm run check again.`,
      ];
    case 'dataset':
      return [
        `Preview it: npm run dev, then open ${preview(routes.dataset(id))}`,
        `Next quarter, add a row to ${written[1] ?? ''} (or edit it in your spreadsheet and save it as CSV UTF-8).`,
        'Check it: npm run check',
      ];
    case 'partner':
      return [
        `Link it to a programme: in content/programmes/<programme>.json, add { "partner": "${id}", "role": "delivery" } to "partners".`,
        `It gets a public page only once the partner agrees: then add "consent": { "published": true, "date": "YYYY-MM-DD" } to ${file}.`,
        'Check it: npm run check',
      ];
    case 'programme':
      return [
        `Preview it: npm run dev, then open ${preview(routes.programme(id))}`,
        `Add its figures: npm run new dataset -- --from <file.csv> --programme ${id}`,
        `Add a story: npm run new story -- --programme ${id}`,
        'Check it: npm run check',
      ];
  }
}
