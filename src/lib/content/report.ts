import { formatProblem, isError, type Problem } from './problem.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The report an author reads: one line per problem, then warnings (marked, failing nothing),
 * then a count; or an all-clear line. `building` adds that nothing was published, which only a
 * build can say (`npm run check` never publishes).
 */
export function formatReport(
  problems: readonly Problem[],
  checkedFiles: number,
  options: { building?: boolean } = {},
): string {
  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  const warningLines = warnings.map((warning) => `warning: ${formatProblem(warning)}`);
  const warned = warnings.length === 0 ? '' : `; ${plural(warnings.length, 'warning')}`;
  if (errors.length === 0) {
    const ok = `Content OK: ${checkedFiles} files checked, no problems${warned}.`;
    return warnings.length === 0 ? ok : [...warningLines, '', ok].join('\n');
  }
  const files = new Set(errors.map(({ file }) => file.replace(/(?::\d+)+$/, ''))).size;
  const published = options.building === true ? '; nothing was published' : '';
  return [
    ...errors.map(formatProblem),
    ...warningLines,
    '',
    `${plural(errors.length, 'problem')} in ${plural(files, 'file')}${warned}${published}.`,
  ].join('\n');
}
