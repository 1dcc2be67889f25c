import { pillars, programmeSchema } from '../../schemas/index.ts';
import { fieldRule } from './field-rule.ts';
import { textAnswer, type Answers, type Question } from './questions.ts';

const shape = programmeSchema.shape;

/** The questions of `npm run new programme`: the fields every programme file needs. */
export function programmeQuestions(today: string): Question[] {
  return [
    {
      flag: 'name',
      message: 'Name of the programme',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Mentoring for first jobs',
      validate: fieldRule(shape.name),
    },
    {
      flag: 'summary',
      message: 'What it does, in one or two sentences (at most 280 characters)',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(shape.summary),
    },
    {
      flag: 'pillar',
      message: 'Which part of the site lists it?',
      valueHint: '<pillar>',
      kind: 'select',
      required: true,
      choices: pillars.map((pillar) => ({ value: pillar })),
    },
    {
      flag: 'status',
      message: 'Where does it stand today?',
      valueHint: '<status>',
      kind: 'select',
      required: true,
      choices: shape.status.options.map((status) => ({ value: status })),
    },
    {
      flag: 'start',
      message: 'First day of the programme, written YYYY-MM-DD',
      valueHint: 'YYYY-MM-DD',
      kind: 'text',
      required: true,
      placeholder: today,
      validate: fieldRule(shape.startDate),
    },
    {
      flag: 'need',
      message: 'The local need it answers, in a sentence or two',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(shape.communityNeed.shape.statement),
    },
    {
      flag: 'evidence',
      message: 'What shows that need (a study, public statistics, a partner’s records)',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(shape.communityNeed.shape.evidence),
    },
  ];
}

/** The programme file's fields from the answers, in the order the example files use. */
export function programmeData(answers: Answers): Record<string, unknown> {
  return {
    name: textAnswer(answers, 'name'),
    summary: textAnswer(answers, 'summary'),
    pillar: textAnswer(answers, 'pillar'),
    status: textAnswer(answers, 'status'),
    startDate: textAnswer(answers, 'start'),
    communityNeed: {
      statement: textAnswer(answers, 'need'),
      evidence: textAnswer(answers, 'evidence'),
    },
  };
}
