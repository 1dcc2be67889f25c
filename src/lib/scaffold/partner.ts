import { partnerSchema, partnerTypes, type Partner } from '../../schemas/index.ts';
import { fieldRule } from './field-rule.ts';
import { textAnswer, type Answers, type Question } from './questions.ts';

const shape = partnerSchema.shape;

/** Plain words for the partner types, shown beside each choice. */
const typeLabels: Record<Partner['type'], string> = {
  ngo: 'NGO or association',
  school: 'School',
  hospital: 'Hospital or clinic',
  'public-body': 'Public body (town hall, county council …)',
  'community-group': 'Community group',
  other: 'Other',
};

/** The questions of `npm run new partner`: the fields every partner file needs. */
export function partnerQuestions(): Question[] {
  return [
    {
      flag: 'name',
      message: 'Name, as the partner writes it',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Asociația Tinerii Clujului',
      validate: fieldRule(shape.name),
    },
    {
      flag: 'type',
      message: 'What kind of organisation is it?',
      valueHint: '<type>',
      kind: 'select',
      required: true,
      choices: partnerTypes.map((type) => ({ value: type, label: typeLabels[type] })),
    },
    {
      flag: 'website',
      message: 'Its website',
      valueHint: 'https://…',
      kind: 'text',
      required: true,
      placeholder: 'https://www.example.ro',
      validate: fieldRule(shape.website),
    },
    {
      flag: 'description',
      message: 'A few sentences on who the partner is and what it does',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      validate: fieldRule(shape.description),
    },
    {
      flag: 'country',
      message: 'Country, as a two-letter code',
      valueHint: 'XX',
      kind: 'text',
      required: true,
      placeholder: 'RO',
      validate: fieldRule(shape.country),
    },
  ];
}

/** The partner file's fields from the answers, in the order the example files use. */
export function partnerData(answers: Answers): Record<string, unknown> {
  return {
    name: textAnswer(answers, 'name'),
    type: textAnswer(answers, 'type'),
    website: textAnswer(answers, 'website'),
    description: textAnswer(answers, 'description'),
    country: textAnswer(answers, 'country'),
  };
}
