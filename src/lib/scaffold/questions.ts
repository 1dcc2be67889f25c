import { didYouMean } from '../suggest.ts';

/** One choice of a `select` or `multiselect` question. */
export interface Choice {
  /** What is written to the file (an id or an enum value). */
  value: string;
  /** What the author reads (a programme's name); the value when absent. */
  label?: string;
}

/**
 * One thing `npm run new` needs to know: asked in a terminal, or given as `--<flag> value`.
 * The same list drives the prompts, the flags, `--help` and the "missing" message.
 */
export interface Question {
  /** Answer key, and the flag without its dashes. @example "programme" */
  flag: string;
  /** The question as the prompt asks it. */
  message: string;
  /** How the flag's value is written in `--help`. @example "<id>", "a,b" */
  valueHint: string;
  kind: 'text' | 'select' | 'multiselect';
  /** A required answer must be given (flag or prompt); an optional one may stay empty. */
  required: boolean;
  /** Choices of a select or multiselect. */
  choices?: readonly Choice[];
  /** An example shown greyed in an empty prompt. */
  placeholder?: string;
  /** Used when the answer is left empty (shown in `--help`). */
  defaultValue?: string;
  /** Given as a flag only, never asked (a new story is dated today unless `--date` says). */
  flagOnly?: boolean;
  /** Only asked when this holds for the answers so far (a currency only for a currency unit). */
  when?: (answers: Answers) => boolean;
  /** `when` in words, for `--help`. @example "--kind is currency" */
  condition?: string;
  /** Why a text answer cannot be used, in plain words; undefined when it can. */
  validate?: (value: string) => string | undefined;
}

/** Answers by flag: text, or a list for a multiselect. */
export type Answers = Record<string, string | string[] | undefined>;

/** The text of an answer ("" for none or a list). */
export function textAnswer(answers: Answers, flag: string): string {
  const value = answers[flag];
  return typeof value === 'string' ? value : '';
}

/** The list of a multiselect answer (empty for none). */
export function listAnswer(answers: Answers, flag: string): string[] {
  const value = answers[flag];
  return Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
}

/** Whether a question applies, given the answers before it. */
export function applies(question: Question, answers: Answers): boolean {
  return question.when?.(answers) ?? true;
}

/**
 * Why an answer cannot be used, in plain words (`--programme: there is no programme
 * "mentorng"; did you mean "mentoring"? Choose one of …`), or undefined.
 */
export function answerProblem(question: Question, value: string | string[]): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  if (question.choices !== undefined) {
    const known = question.choices.map((choice) => choice.value);
    const unknown = values.find((item) => !known.includes(item));
    if (unknown !== undefined) {
      return `"${unknown}" is not one of the choices (${known.join(', ')})${didYouMean(unknown, known)}`;
    }
    return undefined;
  }
  return typeof value === 'string' ? question.validate?.(value) : undefined;
}

/**
 * Answers given as flags (`--partners a,b` is a list), checked like typed answers. Flags of
 * questions that do not apply are ignored; every problem is returned at once.
 */
export function answersFromFlags(
  questions: readonly Question[],
  flags: Readonly<Record<string, string | undefined>>,
): { answers: Answers; problems: string[] } {
  const answers: Answers = {};
  const problems: string[] = [];
  for (const question of questions) {
    const given = flags[question.flag];
    if (given === undefined || !applies(question, answers)) continue;
    const value =
      question.kind === 'multiselect'
        ? given
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '')
        : given.trim();
    const problem = answerProblem(question, value);
    if (problem === undefined) answers[question.flag] = value;
    else problems.push(`--${question.flag}: ${problem}`);
  }
  return { answers, problems };
}

/** Defaults filled in for the questions left unanswered. */
export function withDefaults(questions: readonly Question[], answers: Answers): Answers {
  const filled: Answers = { ...answers };
  for (const question of questions) {
    if (filled[question.flag] === undefined && question.defaultValue !== undefined)
      filled[question.flag] = question.defaultValue;
  }
  return filled;
}

/** Required questions that apply and have no answer (nor a default), in order. */
export function missingAnswers(questions: readonly Question[], answers: Answers): Question[] {
  return questions.filter((question) => {
    if (!question.required || !applies(question, answers)) return false;
    const value = answers[question.flag] ?? question.defaultValue;
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  });
}

/** `--title "…"`: how a flag is written, for messages. */
export function flagUsage(question: Question): string {
  return `--${question.flag} ${question.valueHint}`;
}

/**
 * The message of a run without a terminal that lacks answers: every missing flag at once,
 * with the choices of each, and where to read more.
 */
export function missingFlagsMessage(kind: string, missing: readonly Question[]): string {
  const lines = missing.map((question) => {
    const choices =
      question.choices === undefined
        ? ''
        : ` (one of: ${question.choices.map((choice) => choice.value).join(', ')})`;
    return `  ${flagUsage(question)}  ${question.message}${choices}`;
  });
  return [
    `npm run new ${kind} needs ${missing.length === 1 ? 'one more answer' : `${missing.length} more answers`}. Run it in a terminal to be asked, or add:`,
    ...lines,
    '',
    `Nothing was written. See all the options: npm run new ${kind} -- --help`,
  ].join('\n');
}

/** `--help` of one kind: its flags, required ones marked, with choices and defaults. */
export function helpText(kind: string, summary: string, questions: readonly Question[]): string {
  const lines = questions.map((question) => {
    const notes = [
      question.required
        ? `required${question.condition === undefined ? '' : ` when ${question.condition}`}`
        : 'optional',
      ...(question.defaultValue === undefined ? [] : [`default ${question.defaultValue}`]),
      ...(question.choices === undefined
        ? []
        : [`one of: ${question.choices.map((choice) => choice.value).join(', ')}`]),
    ];
    return `  ${flagUsage(question)}\n      ${question.message} (${notes.join('; ')})`;
  });
  return [
    `npm run new ${kind} -- [options]`,
    '',
    summary,
    'Without options, it asks its questions one by one. Options answer them in advance:',
    '',
    ...lines,
    '',
    'Ctrl-C stops without writing anything.',
  ].join('\n');
}
