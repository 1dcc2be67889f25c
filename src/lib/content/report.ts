import { formatProblem, type Problem } from './problem.ts';

/** The report an author reads: one line per problem and a count, or an all-clear line. */
export function formatReport(problems: readonly Problem[], checkedFiles: number): string {
  if (problems.length === 0) return `Content OK: ${checkedFiles} files checked, no problems.`;
  const files = new Set(problems.map(({ file }) => file.replace(/:\d+$/, ''))).size;
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    ...problems.map(formatProblem),
    '',
    `${problems.length} ${noun} in ${files} ${files === 1 ? 'file' : 'files'}; nothing was published.`,
  ].join('\n');
}
