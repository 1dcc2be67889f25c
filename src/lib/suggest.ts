import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate an author most likely meant, if one is close enough to be a typo: at most a
 * third of the longer word's letters differ.
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, [...candidates]);
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return distance(value, best) <= allowed ? best : undefined;
}

/** `; did you mean "x"?` when a candidate is close, or nothing. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
