import type { Measure } from '../schemas/index.ts';

/** Lower-case words of a text, for comparing labels. */
function words(text: string): string[] {
  return text.toLocaleLowerCase('en').match(/[\p{L}\p{N}%]+/gu) ?? [];
}

/**
 * What a dataset measures, with its unit said once: "Units of whole blood" (the label names its
 * unit, "units"), "Volunteering hours", "Community investment, in RON", "Waste collected, in
 * kg", "Employees who volunteered at least once, in %". The unit is added only when no word of
 * the label is the unit (or the unit with or without a plural "s").
 */
export function measureText(measure: Measure): string {
  const unit = measure.unit.currency ?? measure.unit.label;
  const unitWords = words(unit);
  const labelWords = new Set(words(measure.label));
  const named =
    unitWords.length > 0 &&
    unitWords.every(
      (word) =>
        labelWords.has(word) ||
        labelWords.has(`${word}s`) ||
        labelWords.has(word.replace(/s$/, '')),
    );
  return named ? measure.label : `${measure.label}, in ${unit}`;
}

/**
 * A label that continues a phrase after a dash ("Young people — completed the programme"): its
 * first letter lower-cased, unless the first word looks like a name: an acronym or mixed case
 * (a capital after the first letter: "NGO", "eWaste" stays), or a word that `context` (the
 * dataset's own text) writes with a capital mid-sentence ("Cluj office" when the description
 * says "our Cluj office").
 */
export function continuedLabel(label: string, context: readonly string[] = []): string {
  const word = /^\p{Lu}[\p{L}\p{N}'’-]*/u.exec(label)?.[0];
  if (word === undefined || /\p{Lu}/u.test(word.slice(1))) return label;
  // A capital after a lower-case word (not at the start of a sentence) marks a name.
  const named = context.some((text) =>
    new RegExp(`[\\p{Ll},;:]\\s+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
  return named ? label : `${word.charAt(0).toLocaleLowerCase('en')}${label.slice(1)}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
