import type { Measure } from '../../schemas/index.ts';

/**
 * The `label` a `<KeyFigure>` of `measure` would naturally take, for suggestions to authors: a
 * count stands bare, so its unit follows ("trees"), or the measure's own words when they end in
 * the unit ("young people", "employee mentors"); other values carry their unit ("471.5 kg",
 * "81%"), so the measure says what they are of ("share of completers in work or education").
 * Lower case unless the label starts with an acronym ("CSR hours").
 */
export function keyFigureLabel(measure: Measure): string {
  const { label, unit } = measure;
  const lower = /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  if (unit.kind !== 'count') return lower;
  return lower.toLowerCase().endsWith(unit.label.toLowerCase()) ? lower : unit.label;
}
