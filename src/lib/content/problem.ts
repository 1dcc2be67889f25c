/** One thing wrong with the content, located precisely enough for an author to fix it. */
export interface Problem {
  /** Path of the file, relative to the project root. @example "content/datasets/trees.json" */
  file: string;
  /** Field path inside the file (`observations[3].value`); empty for the file as a whole. */
  path: string;
  /** What is wrong: what was expected and what was found. */
  message: string;
  /**
   * `warning` for what may well be right but deserves a look (a story dated in the future, a
   * value 1,000× smaller than its neighbours): reported, but it fails nothing.
   */
  severity?: 'warning' | undefined;
}

/** Whether a problem stops the check and the build (every problem that is not a warning). */
export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

/** `file: path: message`, the line an author reads. */
export function formatProblem(problem: Problem): string {
  return problem.path === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** `content/x.mdx:14` → file `content/x.mdx`, line 14; a file without a line sorts first. */
function fileAndLine(file: string): { name: string; line: number } {
  const match = /^(.*?):(\d+)(?::\d+)?$/.exec(file);
  return match === null
    ? { name: file, line: 0 }
    : { name: match[1] ?? file, line: Number(match[2]) };
}

/** Problems in a stable order: by file, then by line (9 before 14), then as they were found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index, at: fileAndLine(problem.file) }))
    .sort(
      (a, b) => a.at.name.localeCompare(b.at.name) || a.at.line - b.at.line || a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** `observations[3].value` from `['observations', 3, 'value']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** How a found value reads in a message: strings quoted, long ones cut. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return 'an object';
}
