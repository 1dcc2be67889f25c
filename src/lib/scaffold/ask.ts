import type { Readable, Writable } from 'node:stream';
import { isCancel, multiselect, select, text } from '@clack/prompts';
import { answerProblem, applies, type Answers, type Question } from './questions.ts';

/** Where the prompts read keys and draw (the terminal, or streams in a test). */
export interface PromptStreams {
  input?: Readable;
  output?: Writable;
}

/** Returned when the author pressed Ctrl-C (or Escape): nothing must be written. */
export const cancelled = Symbol('cancelled');

/**
 * Asks, in order, every question that applies and has no answer yet, with `@clack/prompts`:
 * text (checked as it is typed, by the question's own rule), select, or multiselect (nothing
 * chosen is an empty list). Returns the answers given plus the new ones, or `cancelled`.
 */
export async function askMissing(
  questions: readonly Question[],
  given: Answers,
  streams: PromptStreams = {},
): Promise<Answers | typeof cancelled> {
  const answers: Answers = { ...given };
  for (const question of questions) {
    if (answers[question.flag] !== undefined || question.flagOnly === true) continue;
    if (!applies(question, answers)) continue;
    const answer = await ask(question, streams);
    if (isCancel(answer)) return cancelled;
    answers[question.flag] = answer as string | string[];
  }
  return answers;
}

function ask(question: Question, streams: PromptStreams): Promise<unknown> {
  const options = (question.choices ?? []).map((choice) => ({
    value: choice.value,
    label: choice.label ?? choice.value,
    ...(choice.label === undefined ? {} : { hint: choice.value }),
  }));
  switch (question.kind) {
    case 'select':
      return select({ ...streams, message: question.message, options });
    case 'multiselect':
      return multiselect({
        ...streams,
        message: `${question.message} (space to choose, enter when done)`,
        options,
        required: question.required,
      });
    case 'text':
      return text({
        ...streams,
        message: question.required
          ? question.message
          : `${question.message} (optional: press enter to skip)`,
        ...(question.placeholder === undefined ? {} : { placeholder: question.placeholder }),
        ...(question.defaultValue === undefined ? {} : { defaultValue: question.defaultValue }),
        validate: (value) => {
          const typed = (value ?? '').trim();
          if (typed === '')
            return question.required && question.defaultValue === undefined
              ? 'Please type an answer'
              : undefined;
          return answerProblem(question, typed);
        },
      }).then((value) => (typeof value === 'string' ? value.trim() : value));
  }
}
