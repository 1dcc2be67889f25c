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
