import {
  aggregations,
  datasetSchema,
  sourceTypes,
  unitKinds,
  verificationLevels,
} from '../../schemas/index.ts';
import type { ContentChoices } from './content-choices.ts';
import { fieldRule } from './field-rule.ts';
import { textAnswer, type Answers, type Question } from './questions.ts';
import type { SpreadsheetImport } from './spreadsheet.ts';

const shape = datasetSchema.shape;
const measure = shape.measure.shape;
const verification = shape.verification.shape;
const source = shape.sources.element.shape;

const aggregationLabels: Record<(typeof aggregations)[number], string> = {
  sum: 'sum: quarters add up to the year (trees planted, kg collected)',
  mean: 'mean: the year is the average of its quarters (a satisfaction score)',
  last: 'last: the year is its last value (mentors active at year end)',
};

const aboveSelfReported = (answers: Answers) =>
  answers['verification'] !== undefined && answers['verification'] !== 'self-reported';

/**
 * The questions of `npm run new dataset`: the spreadsheet, then the fields the dataset schema
 * requires. `seriesCount` (known once the spreadsheet is read) decides whether to ask if the
 * series add up to one total.
 */
export function datasetQuestions(choices: ContentChoices, seriesCount = 0): Question[] {
  return [
    {
      flag: 'from',
      message: 'The spreadsheet export (CSV) to read the values from',
      valueHint: '<file.csv>',
      kind: 'text',
      required: true,
      placeholder: 'trees-planted.csv',
    },
    {
      flag: 'title',
      message: 'Title of the dataset',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Trees planted',
      validate: fieldRule(shape.title),
    },
    {
      flag: 'description',
      message: 'What is measured and why it matters (50 characters or more)',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(shape.description),
    },
    {
      flag: 'programme',
      message: 'Which programme do the figures belong to?',
      valueHint: '<id>',
      kind: 'select',
      required: true,
      choices: choices.programmes.map(({ id, name }) => ({ value: id, label: name })),
    },
    {
      flag: 'measure',
      message: 'What is counted',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Trees planted',
      validate: fieldRule(measure.label),
    },
    {
      flag: 'unit',
      message: 'The unit, as readers see it',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'trees',
      validate: fieldRule(measure.unit.shape.label),
    },
    {
      flag: 'kind',
      message: 'What kind of number is it?',
      valueHint: '<kind>',
      kind: 'select',
      required: true,
      choices: unitKinds.map((kind) => ({ value: kind })),
    },
    {
      flag: 'currency',
      message: 'Currency, as a three-letter code',
      valueHint: 'XXX',
      kind: 'text',
      required: true,
      placeholder: 'RON',
      validate: fieldRule(measure.unit.shape.currency.unwrap()),
      when: (answers) => answers['kind'] === 'currency',
      condition: '--kind is currency',
    },
    {
      flag: 'aggregation',
      message: 'How do quarters combine into a year?',
      valueHint: '<how>',
      kind: 'select',
      required: true,
      choices: aggregations.map((value) => ({ value, label: aggregationLabels[value] })),
    },
    {
      flag: 'add-up',
      message: 'Are the series parts of one whole, so they may be added up?',
      valueHint: 'yes|no',
      kind: 'select',
      required: false,
      defaultValue: 'no',
      choices: [
        { value: 'yes', label: 'yes: paper + plastic + e-waste = all waste' },
        { value: 'no', label: 'no: they overlap or measure different things' },
      ],
      when: () => seriesCount > 1,
    },
    {
      flag: 'methodology',
      message: 'How were the figures counted?',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(shape.methodology),
    },
    {
      flag: 'source',
      message: 'Where do the figures come from? (name of the source)',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Planting records of the partner',
      validate: fieldRule(source.label),
    },
    {
      flag: 'source-type',
      message: 'What kind of source is it?',
      valueHint: '<type>',
      kind: 'select',
      required: true,
      choices: sourceTypes.map((type) => ({ value: type })),
    },
    {
      flag: 'verification',
      message: 'Who checked the figures?',
      valueHint: '<level>',
      kind: 'select',
      required: true,
      choices: verificationLevels.map((level) => ({ value: level })),
    },
    {
      flag: 'verified-by',
      message: 'Who checked them (a team or an organisation)',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(verification.by.unwrap()),
      when: aboveSelfReported,
    },
    {
      flag: 'verified-on',
      message: 'When they were checked, written YYYY-MM-DD',
      valueHint: 'YYYY-MM-DD',
      kind: 'text',
      required: true,
      validate: fieldRule(verification.date.unwrap()),
      when: aboveSelfReported,
    },
  ];
}

/**
 * The dataset file's fields from the answers and the spreadsheet read (observations are written
 * beside it, in `<id>.csv`), first published and last changed `today`.
 */
export function datasetData(
  answers: Answers,
  sheet: SpreadsheetImport,
  today: string,
): Record<string, unknown> {
  const kind = textAnswer(answers, 'kind');
  const level = textAnswer(answers, 'verification');
  return {
    title: textAnswer(answers, 'title'),
    description: textAnswer(answers, 'description'),
    programme: textAnswer(answers, 'programme'),
    measure: {
      label: textAnswer(answers, 'measure'),
      unit: {
        label: textAnswer(answers, 'unit'),
        kind,
        ...(kind === 'currency' ? { currency: textAnswer(answers, 'currency') } : {}),
      },
      aggregation: textAnswer(answers, 'aggregation'),
      ...(textAnswer(answers, 'add-up') === 'yes' ? { seriesAddUp: true } : {}),
    },
    ...(sheet.series === undefined ? {} : { series: sheet.series }),
    methodology: textAnswer(answers, 'methodology'),
    sources: [{ label: textAnswer(answers, 'source'), type: textAnswer(answers, 'source-type') }],
    verification: {
      level,
      ...(level === 'self-reported'
        ? {}
        : { by: textAnswer(answers, 'verified-by'), date: textAnswer(answers, 'verified-on') }),
    },
    issued: today,
    modified: today,
  };
}
