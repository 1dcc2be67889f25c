import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem } from './problem.ts';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why `YYYY-MM-DD` is not a day of the calendar, or undefined when it is. */
function calendarProblem(date: string): string | undefined {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${monthNames[month - 1] ?? ''} ${year} has ${days} days`;
  return undefined;
}

/** Why a date as written in front matter would not be published as written, if it would not. */
function dateProblem(written: string): string | undefined {
  const dateTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(written);
  if (dateTime !== null) {
    return `expected a date written YYYY-MM-DD, found "${written}" (a date with a time, which would be moved to another day by its time zone); write ${dateTime[1] ?? ''}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(written)) return undefined;
  // YAML dates read years 0–99 as 1900–1999; no story is that old, so any early year is a typo.
  if (Number(written.slice(0, 4)) < 1900)
    return `expected a date from 1900 on, found ${written}; check the year`;
  const reason = calendarProblem(written);
  return reason === undefined
    ? undefined
    : `expected a real calendar date, found ${written} (${reason})`;
}

/**
 * Dates in MDX front matter that would be published as another day: YAML (as Astro reads it)
 * turns an unquoted `2025-13-01` into 1 January 2026, `2025-02-30` into 2 March 2025, and
 * `2025-05-14T00:30:00+03:00` into 13 May. The front matter is read again here with the YAML
 * 1.2 core schema, which keeps every date as the text the author wrote, and each date-like
 * value — quoted or not, at any depth — is checked: a real calendar day, without a time.
 * `text` is the whole MDX file; problems name the file line of the value.
 */
export function frontMatterDateProblems(text: string, file: string): Problem[] {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (match === null) return [];
  const yaml = match[1] ?? '';
  const document = parseDocument(yaml, { version: '1.2', prettyErrors: false });
  if (document.errors.length > 0) return [];
  const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length + 1;
  const problems: Problem[] = [];
  const walk = (node: YamlNode | null | undefined, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        walk(pair.value as YamlNode | null, path === '' ? key : `${path}.${key}`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as YamlNode | null, `${path}[${index}]`));
    } else if (isScalar(node) && typeof node.value === 'string') {
      const message = dateProblem(node.value.trim());
      if (message !== undefined)
        problems.push({ file: `${file}:${lineOf(node.range?.[0] ?? 0)}`, path, message });
    }
  };
  walk(document.contents, '');
  return problems;
}
