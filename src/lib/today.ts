/**
 * Today as `YYYY-MM-DD` (UTC), for rules that depend on the date (a measured value must lie in
 * the past, a goal's deadline has passed). `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) pins it, so a rebuild of old content gives the same pages.
 */
export function today(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = epoch === undefined || epoch === '' ? new Date() : new Date(Number(epoch) * 1000);
  return date.toISOString().slice(0, 10);
}
