import readingTime from 'reading-time';

/**
 * Whole minutes a story takes to read (at least 1), from its MDX body at 200 words a minute
 * (the `reading-time` package's default). Component tags and their attribute names are not
 * words readers read, so they are dropped first; the text inside a `<Quote>` still counts.
 */
export function readingMinutes(body: string): number {
  const prose = body.replace(/<\/?[A-Za-z][^>]*>/g, ' ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  return Math.max(1, Math.round(readingTime(prose).minutes));
}
