import { storySchema } from '../../schemas/index.ts';
import { storyPlaceholders } from './placeholders.ts';
import { keyFigureLabel } from '../figures/label.ts';
import { routes } from '../routes.ts';
import type { ContentChoices } from './content-choices.ts';
import { fieldRule } from './field-rule.ts';
import { listAnswer, textAnswer, type Answers, type Question } from './questions.ts';
import { storyExamples, type StoryExamples } from './story-examples.ts';

/** The questions of `npm run new story`, with the programmes and partners of the content. */
export function storyQuestions(choices: ContentChoices, today: string): Question[] {
  return [
    {
      flag: 'title',
      message: 'Title of the story',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Planting along the Someșul Mic',
      validate: fieldRule(storySchema.shape.title),
    },
    {
      flag: 'programme',
      message: 'Which programme is it about?',
      valueHint: '<id>',
      kind: 'select',
      required: true,
      choices: choices.programmes.map(({ id, name }) => ({ value: id, label: name })),
    },
    {
      flag: 'partners',
      message: 'Partners the story features',
      valueHint: '<id>,<id>',
      kind: 'multiselect',
      required: false,
      choices: choices.partners.map(({ id, name }) => ({ value: id, label: name })),
    },
    {
      flag: 'author',
      message: 'Your name, as readers will see it',
      valueHint: '"…"',
      kind: 'text',
      required: true,
      placeholder: 'Ioana Mureșan',
      validate: fieldRule(storySchema.shape.author.shape.name),
    },
    {
      flag: 'role',
      message: 'Your role',
      valueHint: '"…"',
      kind: 'text',
      required: false,
      placeholder: 'CSR coordinator',
    },
    {
      flag: 'description',
      message: 'One or two sentences for story lists and search results (you can write them later)',
      valueHint: '"…"',
      kind: 'text',
      required: false,
      validate: fieldRule(storySchema.shape.description),
    },
    {
      flag: 'date',
      message: 'Publication date, written YYYY-MM-DD',
      valueHint: 'YYYY-MM-DD',
      kind: 'text',
      required: false,
      defaultValue: today,
      validate: fieldRule(storySchema.shape.date),
      // A new story is dated today, and the date is easy to change: not worth a question.
      flagOnly: true,
    },
  ];
}

/** A YAML single-quoted scalar: the only escape is a doubled quote. */
const quoted = (text: string) => `'${text.replace(/\s+/g, ' ').trim().replaceAll("'", "''")}'`;

/** An attribute value for MDX: double quotes are the one character it cannot hold. */
const attribute = (text: string) => text.replaceAll('"', '’');

/**
 * One example kept in an MDX comment: `{/*` and what it shows on the first line, the component
 * on the lines between, `*\/}` on the last. Deleting the first and last line uses it.
 */
function example(what: string, lines: readonly string[]): string {
  return [
    `{/* ${what} To use it, delete this line and the last line of this note.`,
    ...lines,
    '*/}',
  ].join('\n');
}

function exampleSections(examples: StoryExamples): string[] {
  const sections: string[] = [];
  const other = examples.otherProgramme
    ? ' (this programme has no dataset yet, so the example uses another programme’s)'
    : '';
  const { keyFigure, chart, partner } = examples;
  if (keyFigure !== undefined) {
    const series = keyFigure.series === undefined ? '' : ` series="${keyFigure.series}"`;
    sections.push(
      example(
        `KEY FIGURE: a number from the dataset "${keyFigure.dataset.title}"${other}, in a sentence.`,
        [
          `We counted <KeyFigure dataset="${keyFigure.id}"${series} period="${keyFigure.period}" label="${attribute(keyFigureLabel(keyFigure.dataset.measure))}" />.`,
        ],
      ),
    );
  }
  if (chart !== undefined) {
    const series = chart.series === undefined ? '' : ` series="${chart.series}"`;
    const seriesLabel = chart.dataset.series?.find(({ id }) => id === chart.series)?.label;
    const title =
      seriesLabel === undefined ? chart.dataset.title : `${chart.dataset.title}: ${seriesLabel}`;
    sections.push(
      example(`CHART: the dataset "${chart.dataset.title}"${other} drawn as a chart.`, [
        `<ImpactChart dataset="${chart.id}"${series} title="${attribute(title)}" />`,
      ]),
    );
  }
  sections.push(
    example(
      'QUOTE: someone’s own words. List the person under people at the top first, with their consent.',
      [
        `<Quote by="${storyPlaceholders.personName}" role="${storyPlaceholders.personRole}">`,
        `  ${storyPlaceholders.quotation}`,
        '</Quote>',
      ],
    ),
    example('CALLOUT: a short note that stands out from the text.', [
      '<Callout title="How we count">',
      `  ${storyPlaceholders.callout}`,
      '</Callout>',
    ]),
  );
  if (partner !== undefined) {
    sections.push(
      example(`PARTNER CARD: a link to the page of ${partner.name}.`, [
        `<PartnerCard partner="${partner.id}" />`,
      ]),
    );
  }
  return sections;
}

/** What the author needs to know to write the draft, kept in the file as a note. */
function howTo(slug: string, base: string): string {
  return [
    '{/*',
    'HOW TO WRITE THIS STORY. Notes like this one, between the note markers, are never shown.',
    '1. Run npm run dev and open',
    `   http://localhost:4321${base.replace(/\/$/, '')}${routes.story(slug)}`,
    '   to see the story as you write it. It is a draft: only the preview shows it.',
    '2. Above, between the --- lines, replace the description with one or two sentences.',
    '3. Write the story below. Start each section with ## and its heading.',
    '   Leave an empty line between paragraphs.',
    '4. To show a number, a chart, a quote, a note or a partner, use an example below.',
    '5. Run npm run check: it lists anything to fix, with the line.',
    '6. To publish, delete the line draft: true above and run npm run check again.',
    '*/}',
  ].join('\n');
}

/** `content/stories/<slug>.mdx` as the scaffolder writes it. */
export interface StoryFile {
  /** Path inside the content folder. */
  path: string;
  text: string;
}

/**
 * The MDX of a new story: front matter from the answers (a draft, dated `date` or today; the
 * description a placeholder until the author writes one), a how-to note, an opening line, and
 * one commented example of each author component filled with real ids (`storyExamples`).
 */
export function storyFile(
  slug: string,
  answers: Answers,
  choices: ContentChoices,
  options: { today: string; base?: string },
): StoryFile {
  const programme = textAnswer(answers, 'programme');
  const partners = listAnswer(answers, 'partners');
  const role = textAnswer(answers, 'role');
  const description = textAnswer(answers, 'description') || storyPlaceholders.description;
  const programmePartners = choices.programmes.find(({ id }) => id === programme)?.partners ?? [];
  const author = `{ name: ${quoted(textAnswer(answers, 'author'))}${role === '' ? '' : `, role: ${quoted(role)}`} }`;
  const frontMatter = [
    '---',
    `title: ${quoted(textAnswer(answers, 'title'))}`,
    `description: ${quoted(description)}`,
    `date: ${textAnswer(answers, 'date') || options.today}`,
    `programme: ${programme}`,
    ...(partners.length === 0 ? [] : [`partners: [${partners.join(', ')}]`]),
    `author: ${author}`,
    // The Quote example names a person: the consent rule needs them listed (docs/authoring.md).
    '# Who the story names, quotes or shows, with their consent (docs/authoring.md, "Name people',
    '# only with their consent"). To use it, delete "# " at the start of the next 3 lines.',
    '# people:',
    `#   - name: '${storyPlaceholders.personName}'`,
    `#     consent: { date: ${textAnswer(answers, 'date') || options.today}, scope: [text], reference: '${storyPlaceholders.consentReference}' }`,
    // A new story is a draft: the preview shows it, the published site does not, until the
    // author deletes this line.
    'draft: true',
    '---',
  ];
  const examples = storyExamples(choices, programme, partners, programmePartners);
  const body = [
    howTo(slug, options.base ?? '/'),
    storyPlaceholders.firstParagraph,
    ...exampleSections(examples),
  ];
  return {
    path: `stories/${slug}.mdx`,
    text: `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`,
  };
}
