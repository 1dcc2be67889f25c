import { closest, distance } from 'fastest-levenshtein';

/**
 * Words people use for something the project names otherwise (a pie chart is a `doughnut`
 * here): a typo distance would suggest "line" for "pie".
 */
const synonyms: Readonly<Record<string, readonly string[]>> = {
  pie: ['doughnut'],
  donut: ['doughnut'],
  ring: ['doughnut'],
  column: ['bar'],
  columns: ['bar'],
  histogram: ['bar'],
  stacked: ['stacked-bar'],
  'stacked-column': ['stacked-bar'],
  area: ['line'],
  average: ['mean'],
  avg: ['mean'],
  total: ['sum'],
  latest: ['last'],
  estimate: ['estimated'],
  draft: ['provisional'],
  preliminary: ['provisional'],
  actual: ['measured'],
};

/**
 * The candidate an author most likely meant: a known synonym among the candidates ("pie" →
 * "doughnut"), or one close enough to be a typo (at most a third of the letters differ).
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const word = value.toLowerCase();
  // Own keys only: "constructor" or "__proto__" in content must not reach Object.prototype.
  const synonym = Object.hasOwn(synonyms, word)
    ? synonyms[word]?.find((candidate) => candidates.includes(candidate))
    : undefined;
  if (synonym !== undefined) return synonym;
  const best = closest(value, [...candidates]);
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return distance(value, best) <= allowed ? best : undefined;
}

/** `; did you mean "x"?` when a candidate is close, or nothing. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
