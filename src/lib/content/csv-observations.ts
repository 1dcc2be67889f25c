import { parse } from 'csv-parse/sync';
import type { Problem } from './problem.ts';

/** Columns of `content/datasets/<id>.csv`, one row per observation. */
export const observationColumns = ['period', 'value', 'series', 'status', 'note'] as const;

/**
 * How a CSV file writes columns and numbers. Excel writes the list separator of the computer's
 * region: `,` with decimal points in English, `;` with decimal commas in most of Europe
 * (Romanian, French, German …).
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const commaDialect: CsvDialect = { delimiter: ',', decimal: '.' };
export const semicolonDialect: CsvDialect = { delimiter: ';', decimal: ',' };

/**
 * The dialect of a file, from its header line: a header with `;` and no `,` is the semicolon
 * dialect (decimal commas); anything else is the comma dialect (decimal points). Column names
 * never contain either character, so the header cannot mislead.
 */
export function detectDialect(text: string): CsvDialect {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? semicolonDialect : commaDialect;
}

/** Observations read from a CSV file, with the file line of each, for messages. */
export interface CsvObservations {
  observations: Record<string, unknown>[];
  lines: number[];
  /**
   * Per observation, how to write a value that was not read as a number but looks like one
   * written another way (`1.234,5`, `1,148`): added to the "expected a number" message.
   */
  valueHints: (string | undefined)[];
}

interface Cell {
  text: string;
  quoted: boolean;
}

interface ParsedRow {
  record: Cell[];
  info: { lines: number };
}

const dialectRule = (dialect: CsvDialect) =>
  dialect.delimiter === ','
    ? 'columns here are separated by commas, so numbers take a decimal point and no thousands separator'
    : 'columns here are separated by semicolons, so numbers take a decimal comma and no thousands separator';

/** A value cell as a number, if it is one as the dialect writes numbers. */
function readNumber(cell: string, dialect: CsvDialect): number | undefined {
  if (dialect.decimal === '.') return /^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : undefined;
  return /^-?\d+(?:,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : undefined;
}

/**
 * How to write, in this file's dialect, a value that looks like a number written with
 * thousands separators, spaces or the other decimal mark; undefined when it does not look like
 * a number at all ("12a"). Where the value is ambiguous (`1,148`: 1148 or 1.148?) both readings
 * are offered; the value is never guessed. `split`: a decimal comma split the value in two cells.
 */
export function numberHint(cell: string, dialect: CsvDialect, split = false): string | undefined {
  const match = /^(-?)(\d(?:[\d.,\s\u00a0\u202f']*\d)?)$/.exec(cell);
  if (match === null) return undefined;
  const sign = match[1] ?? '';
  const digits = (match[2] ?? '').replace(/[\s\u00a0\u202f']/g, '');
  const write = (suggestion: string) =>
    split
      ? `the comma split it into two columns (${dialectRule(dialect)}): write ${suggestion}`
      : `${dialectRule(dialect)}: write ${suggestion}`;
  const marks = digits.match(/[.,]/g) ?? [];
  const last = marks.at(-1);
  if (last === undefined) return write(sign + digits);
  const lastIndex = digits.lastIndexOf(last);
  const whole = digits.slice(0, lastIndex).replace(/[.,]/g, '');
  const fraction = digits.slice(lastIndex + 1);
  const distinct = new Set(marks);
  if (distinct.size === 2) {
    // 1.234,5 or 1,234.5: the last mark is the decimal one, the other separates thousands.
    if (marks.filter((mark) => mark === last).length > 1) return undefined;
    return write(`${sign}${whole}${dialect.decimal}${fraction}`);
  }
  if (marks.length > 1) return write(sign + digits.replace(/[.,]/g, '')); // 1.234.567
  if (last === dialect.decimal) return write(`${sign}${whole}${dialect.decimal}${fraction}`);
  const asDecimal = `${sign}${whole}${dialect.decimal}${fraction}`;
  if (fraction.length !== 3) return write(asDecimal);
  const markName = last === ',' ? 'comma is a decimal comma' : 'point is a decimal point';
  return write(`${sign}${whole}${fraction}, or ${asDecimal} if the ${markName}`);
}

/** A cell as the observation schema expects it: numbers as numbers, other cells as text. */
function cellValue(column: string, cell: string, dialect: CsvDialect): unknown {
  return column === 'value' ? (readNumber(cell, dialect) ?? cell) : cell;
}

/**
 * In the comma dialect, `2023,1234,5` is a decimal comma that split a value in two: the value
 * cell and the next are bare digits. The next column must not be `period` (`value,period` rows
 * such as `1234,2023` are fine); a note made only of digits can be written in quotes.
 */
function splitDecimal(cells: Cell[], header: string[], dialect: CsvDialect): Cell[] | undefined {
  if (dialect.delimiter !== ',') return undefined;
  const index = header.indexOf('value');
  const value = cells[index];
  const next = cells[index + 1];
  if (index === -1 || value === undefined || next === undefined) return undefined;
  if (header[index + 1] === 'period' || value.quoted || next.quoted) return undefined;
  if (!/^-?\d+$/.test(value.text) || !/^\d+$/.test(next.text)) return undefined;
  return [
    ...cells.slice(0, index),
    { text: `${value.text},${next.text}`, quoted: false },
    ...cells.slice(index + 2),
  ];
}

function headerProblems(header: string[], rows: ParsedRow[], at: string): Problem[] {
  const problems: Problem[] = [];
  header.forEach((column, index) => {
    if (column === '') {
      const filled = rows.find(({ record }) => (record[index]?.text ?? '') !== '');
      if (filled !== undefined) {
        problems.push({
          file: at,
          path: 'header',
          message: `expected a name for column ${index + 1}, found none, and values below it (line ${filled.info.lines}); name the column (${observationColumns.join(', ')}) or remove it`,
        });
      }
      return;
    }
    if (!(observationColumns as readonly string[]).includes(column)) {
      const separator = ['\t', '|'].find((char) => column.includes(char));
      const lower = column.trim().toLowerCase();
      const hint =
        separator !== undefined
          ? `; the columns seem separated by ${separator === '\t' ? 'tabs' : '"|"'}: separate them with commas (or semicolons)`
          : (observationColumns as readonly string[]).includes(lower)
            ? `; column names are written in lower case: write "${lower}"`
            : '';
      problems.push({
        file: at,
        path: 'header',
        message: `unknown column "${column}"; expected ${observationColumns.join(', ')}${hint}`,
      });
    } else if (header.indexOf(column) !== index) {
      problems.push({
        file: at,
        path: 'header',
        message: `expected each column once, found "${column}" twice`,
      });
    }
  });
  for (const column of ['period', 'value']) {
    if (!header.includes(column)) {
      problems.push({
        file: at,
        path: 'header',
        message: `expected a column "${column}", found ${header.filter((name) => name !== '').join(', ') || 'none'}`,
      });
    }
  }
  return problems;
}

/**
 * Reads the observations of a dataset from CSV (RFC 4180, a header row naming the columns), in
 * the comma or the semicolon dialect (see `detectDialect`). Problems name the CSV file and
 * line; values that are not numbers are kept as text so the schema reports them like any
 * other, with a hint in `valueHints` when they look like a number written another way.
 */
export function readObservationsCsv(
  text: string,
  file: string,
): { csv: CsvObservations | undefined; problems: Problem[] } {
  const dialect = detectDialect(text);
  let parsed: ParsedRow[];
  try {
    parsed = parse(text, {
      delimiter: dialect.delimiter,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      // Rows with a cell too many or too few are reported below, each with its line.
      relax_column_count: true,
      cast: (value, context): Cell => ({ text: value, quoted: context.quoting }),
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
  // Excel leaves rows of empty cells (`;;;`) where a row was cleared.
  const [headerRow, ...rows] = parsed.filter(({ record }) =>
    record.some((cell) => cell.text !== ''),
  );
  if (headerRow === undefined) {
    return {
      csv: undefined,
      problems: [
        {
          file,
          path: '',
          message: `expected a header row naming the columns (${observationColumns.join(dialect.delimiter)}) and one row per observation, found an empty file`,
        },
      ],
    };
  }
  const header = headerRow.record.map((cell) => cell.text);
  const problems = headerProblems(header, rows, `${file}:${headerRow.info.lines}`);
  if (problems.length > 0) return { csv: undefined, problems };
  const csv: CsvObservations = { observations: [], lines: [], valueHints: [] };
  for (const { record, info } of rows) {
    const split = splitDecimal(record, header, dialect);
    const cells = split ?? record;
    const used = cells.findLastIndex((cell) => cell.text !== '') + 1;
    if (used > header.length) {
      problems.push({
        file: `${file}:${info.lines}`,
        path: 'row',
        message: `expected ${header.length} columns as in the header, found ${used}; put text that contains a "${dialect.delimiter}" in double quotes`,
      });
    }
    const observation: Record<string, unknown> = {};
    header.forEach((column, index) => {
      const cell = cells[index]?.text ?? '';
      if (column !== '' && cell !== '') observation[column] = cellValue(column, cell, dialect);
    });
    const value = observation['value'];
    csv.observations.push(observation);
    csv.lines.push(info.lines);
    csv.valueHints.push(
      typeof value === 'string' ? numberHint(value, dialect, split !== undefined) : undefined,
    );
  }
  return { csv, problems };
}

/**
 * Problems found in observations that came from a CSV file point at its line instead of at
 * `observations[i]` of the JSON file: `content/datasets/x.csv:5: value: …`.
 */
export function pointAtCsvLines(
  problems: readonly Problem[],
  jsonFile: string,
  csv: {
    file: string;
    lines: readonly number[];
    unreadable?: boolean;
    valueHints?: readonly (string | undefined)[];
  },
): Problem[] {
  const { file: csvFile, lines } = csv;
  return problems.flatMap((problem) => {
    if (csv.unreadable === true && problem.file === jsonFile && problem.path === 'observations')
      return [];
    const match = /^observations\[(\d+)\]\.?(.*)$/.exec(problem.path);
    if (problem.file !== jsonFile || match === null) return [problem];
    const lineOf = (index: string) => String(lines[Number(index)] ?? '?');
    const hint = match[2] === 'value' ? csv.valueHints?.[Number(match[1])] : undefined;
    const message =
      problem.message.replace(
        /observations\[(\d+)\]/g,
        (_, index: string) => `line ${lineOf(index)}`,
      ) +
      (hint !== undefined && problem.message.startsWith('expected a number') ? `; ${hint}` : '');
    return [
      {
        ...problem,
        file: `${csvFile}:${lineOf(match[1] ?? '')}`,
        path: match[2] || 'row',
        message,
      },
    ];
  });
}
