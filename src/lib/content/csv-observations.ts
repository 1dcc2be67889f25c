import { parse } from 'csv-parse/sync';
import type { Problem } from './problem.ts';

/** Columns of `content/datasets/<id>.csv`, one row per observation. */
export const observationColumns = ['period', 'value', 'series', 'status', 'note'] as const;

/** Observations read from a CSV file, with the file line of each, for messages. */
export interface CsvObservations {
  observations: Record<string, unknown>[];
  lines: number[];
}

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
}

/** A cell as the observation schema expects it: numbers as numbers, empty cells left out. */
function cellValue(column: string, cell: string): unknown {
  if (column === 'value' && /^-?\d+(?:\.\d+)?$/.test(cell)) return Number(cell);
  return cell;
}

/**
 * Reads the observations of a dataset from CSV (UTF-8, RFC 4180, a header row naming the
 * columns). Problems name the CSV file and line; values that are not numbers are kept as text so
 * the schema reports them like any other.
 */
export function readObservationsCsv(
  text: string,
  file: string,
): { csv: CsvObservations | undefined; problems: Problem[] } {
  let rows: ParsedRow[];
  try {
    rows = parse(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as unknown as ParsedRow[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return {
      csv: undefined,
      problems: [
        {
          file: lines === undefined ? file : `${file}:${lines}`,
          path: '',
          message: `is not valid CSV: ${message}`,
        },
      ],
    };
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const problems: Problem[] = [];
  for (const column of header) {
    if (!(observationColumns as readonly string[]).includes(column)) {
      problems.push({
        file: `${file}:1`,
        path: 'header',
        message: `unknown column "${column}"; expected ${observationColumns.join(', ')}`,
      });
    }
  }
  for (const column of ['period', 'value']) {
    if (rows.length > 0 && !header.includes(column)) {
      problems.push({
        file: `${file}:1`,
        path: 'header',
        message: `expected a column "${column}", found ${header.join(', ') || 'none'}`,
      });
    }
  }
  if (problems.length > 0) return { csv: undefined, problems };
  return {
    csv: {
      observations: rows.map(({ record }) =>
        Object.fromEntries(
          Object.entries(record)
            .filter(([, cell]) => cell !== '')
            .map(([column, cell]) => [column, cellValue(column, cell)]),
        ),
      ),
      lines: rows.map(({ info }) => info.lines),
    },
    problems,
  };
}

/**
 * Problems found in observations that came from a CSV file point at its line instead of at
 * `observations[i]` of the JSON file: `content/datasets/x.csv:5: value: …`.
 */
export function pointAtCsvLines(
  problems: readonly Problem[],
  jsonFile: string,
  csv: { file: string; lines: readonly number[]; unreadable?: boolean },
): Problem[] {
  const { file: csvFile, lines } = csv;
  return problems.flatMap((problem) => {
    if (csv.unreadable === true && problem.file === jsonFile && problem.path === 'observations')
      return [];
    const match = /^observations\[(\d+)\]\.?(.*)$/.exec(problem.path);
    if (problem.file !== jsonFile || match === null) return [problem];
    const lineOf = (index: string) => String(lines[Number(index)] ?? '?');
    const message = problem.message.replace(
      /observations\[(\d+)\]/g,
      (_, index: string) => `line ${lineOf(index)}`,
    );
    return [{ file: `${csvFile}:${lineOf(match[1] ?? '')}`, path: match[2] || 'row', message }];
  });
}
