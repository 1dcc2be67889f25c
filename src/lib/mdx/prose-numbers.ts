import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** A number an author typed into the prose of an MDX body. */
export interface ProseNumber {
  /** The number as written, with its "%" or "million". @example "4,200" */
  text: string;
  /** Its value, with `%` dropped and "million"/"thousand" applied. @example 4200 */
  value: number;
  /**
   * Half the step the writing shows, the error a rounded number admits: 50 for "4,200" (to
   * the hundred), 0.5 for "4,187", 0.05 for "12.5". Round numbers keep two significant digits at
   * least ("4,000" is 4,000 ± 50, not anything from 3,500 to 4,499).
   */
  tolerance: number;
  /** Whether it was written as a percentage ("62%", "62 per cent"). */
  percent: boolean;
  /** The word right after it, lower-case ("trees"), when there is one. */
  word: string | undefined;
  /** Up to four words after it in its sentence, lower-case: what the number may be counting. */
  following: string[];
  line: number;
  column: number;
}

const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/**
 * A number standing on its own: not part of a word or code ("Q2", "B4SI", "2024/25", "9:30"),
 * with thousands separated by commas or thin/no-break spaces, an optional decimal part, then
 * optionally "%", "per cent", "million"/"thousand", and the next word.
 */
const numberPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/:-])(\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?(?![\p{L}\p{N}_/:]|[.,]\d)` +
    String.raw`(\s?%|\s+per\s?cent)?(?:\s+(million|thousand))?([\s-]+([\p{L}][\p{L}'’-]*))?`,
  'giu',
);

const previousWord = /(\p{L}+)\s*$/u;

/** Whether the number is a date or a year rather than an amount. */
function isDateOrYear(
  match: RegExpExecArray,
  text: string,
  value: number,
  separated: boolean,
): boolean {
  if (!separated && match[2] === undefined && value >= 1900 && value <= 2099) return true;
  const after = match[6]?.toLowerCase();
  const before = previousWord.exec(text.slice(0, match.index))?.[1]?.toLowerCase();
  const monthNames = months.split('|');
  return (
    value <= 31 &&
    match[2] === undefined &&
    ((after !== undefined && monthNames.includes(after)) ||
      (before !== undefined && monthNames.includes(before)))
  );
}

/** The numbers in one run of text, `line`/`column` where the run starts. */
export function numbersInText(text: string, line: number, column: number): ProseNumber[] {
  const found: ProseNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [whole, digits = '', decimals, percentSign, scale, wordPart, word] = match;
    const integer = digits.replace(/[,\u00a0\u202f]/g, '');
    const separated = integer.length !== digits.length;
    const written = Number(decimals === undefined ? integer : `${integer}.${decimals}`);
    if (isDateOrYear(match, text, written, separated)) continue;
    // An ordinal ("3rd") or a word glued on ("5km") is not a count the data could hold.
    if (word !== undefined && /^(st|nd|rd|th)$/i.test(word) && !/\s/.test(whole)) continue;
    const multiplier = scale === undefined ? 1 : scale.toLowerCase() === 'million' ? 1e6 : 1e3;
    const trailingZeros = decimals === undefined ? (/0*$/.exec(integer)?.[0].length ?? 0) : 0;
    const significant = integer.replace(/^0+/, '').length + (decimals?.length ?? 0);
    // Keep two significant digits at least: "4,000" is 4,000 ± 50, "40" is 40 ± 0.5.
    const shownZeros = Math.max(0, Math.min(trailingZeros, significant - 2));
    const step = decimals === undefined ? 10 ** shownZeros : 10 ** -decimals.length;
    const offset = text.slice(0, match.index).split('\n');
    const rest = text.slice(match.index + whole.length - (wordPart?.length ?? 0));
    const sentence = /^[^.;:!?]*/.exec(rest)?.[0] ?? '';
    found.push({
      text: whole.slice(0, whole.length - (wordPart?.length ?? 0)).trim(),
      value: written * multiplier,
      tolerance: (step * multiplier) / 2,
      percent: percentSign !== undefined,
      word: word?.toLowerCase(),
      following: (sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(0, 4),
      line: line + offset.length - 1,
      column: offset.length === 1 ? column + match.index : (offset.at(-1)?.length ?? 0) + 1,
    });
  }
  return found;
}

/**
 * Every number typed into the prose of an MDX tree: text of paragraphs, headings, lists,
 * tables and callouts; not code, not image text, and not what a `<Quote>` says (a person's
 * own words, which may round as they spoke).
 */
export function proseNumbers(tree: Root): ProseNumber[] {
  const found: ProseNumber[] = [];
  visit(tree, (node) => {
    const isQuote =
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'Quote';
    if (isQuote) return SKIP;
    if (node.type === 'text' && node.position !== undefined) {
      const { line, column } = node.position.start;
      found.push(...numbersInText(node.value, line, column));
    }
    return undefined;
  });
  return found;
}
