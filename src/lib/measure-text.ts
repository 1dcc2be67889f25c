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
  return labelNamesUnit(measure) ? measure.label : `${measure.label}, in ${unitOf(measure)}`;
}

const unitOf = (measure: Measure) => measure.unit.currency ?? measure.unit.label;

/** Whether every word of the unit is a word of the measure's label (plural "s" or not). */
function labelNamesUnit(measure: Measure): boolean {
  const unitWords = words(unitOf(measure));
  const labelWords = new Set(words(measure.label));
  return (
    unitWords.length > 0 &&
    unitWords.every(
      (word) =>
        labelWords.has(word) ||
        labelWords.has(`${word}s`) ||
        labelWords.has(word.replace(/s$/, '')),
    )
  );
}

/** Unit words that say only that something is counted. */
const genericUnits = new Set(['unit', 'units', 'item', 'items', 'count']);

/**
 * The unit worth stating beside a chart ("kg", "RON", "%", "trees"), or undefined when it adds
 * nothing: the measure's label names it already ("Units of whole blood" in units) or it is a
 * generic counting word ("units", "items"), which "Unit: units" would only repeat.
 */
export function statedUnit(measure: Measure): string | undefined {
  const unit = unitOf(measure);
  if (labelNamesUnit(measure) || genericUnits.has(unit.trim().toLocaleLowerCase('en')))
    return undefined;
  return unit;
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
