// A dataset's restatement history (GRI 2-4: restatements of information): every change to a
// published value, as readers of the dataset page, figures, charts and the change feed see it.
import type { Dataset, Observation } from '../schemas/index.ts';
import { formatDate, formatNumber, formatValue } from './format.ts';
import { restatementReasonLabels } from './labels.ts';
import { formatPeriod } from './periods.ts';

/** One restatement as readers see it: what changed, from what to what, when and why. */
export interface RestatementEntry {
  /** Anchor id on the dataset page, stable while the restatement is: `restated-2024-q2-2024-10-07`. */
  anchor: string;
  /** Date of the restatement, `YYYY-MM-DD`. */
  date: string;
  /** The date as the site writes dates: "7 October 2024". */
  dateLabel: string;
  /** The restated observation's period (`2024-Q2`) and its name ("Q2 2024"). */
  period: string;
  periodLabel: string;
  /** Series id and name, when the dataset has series; undefined otherwise. */
  series: string | undefined;
  seriesLabel: string | undefined;
  /** What was restated: "Q2 2024", or "2024 (Cash)" when the dataset has series. */
  subject: string;
  /** The value published before this restatement, in the dataset's unit. */
  from: number;
  /** The value this restatement published: the next restatement's `previousValue`, or the current one. */
  to: number;
  /** "61 to 68 units", "RON 12,000 to RON 13,500", "81% to 84.5%": the unit said once when it follows. */
  change: string;
  /** The reason's key and its words in a sentence ("late data"). */
  reason: NonNullable<Dataset['restatements']>[number]['reason'];
  reasonLabel: string;
  /** The author's explanation, for readers. */
  explanation: string;
  /** "Q2 2024 restated from 61 to 68 units on 7 October 2024 — late data" */
  headline: string;
  /** The headline with the explanation: "… — late data: The June 2024 drive ran over two days. …" */
  sentence: string;
}

const key = (series: string | undefined, period: string) => `${series ?? ''}\u0000${period}`;

/** An id part from a period or series: lower case letters, digits and hyphens (`2024/25` → `2024-25`). */
const idPart = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "61 to 68 units": a unit label that follows the number is said once, a leading code or % twice. */
function changeText(from: number, to: number, dataset: Dataset, locale: string): string {
  const { measure } = dataset;
  const suffixed = measure.unit.kind !== 'currency' && measure.unit.kind !== 'percent';
  const first = suffixed ? formatNumber(from, measure, locale) : formatValue(from, measure, locale);
  return `${first} to ${formatValue(to, measure, locale)}`;
}

/**
 * The restatement history of `dataset`, newest first (ties: the order written in the file,
 * later first). Each entry says the value it replaced and the value it published: when one
 * observation was restated several times (61 → 65 → 68), an entry's `to` is the next
 * restatement's `previousValue` and the latest one's is the observation's current value.
 *
 * A restatement changes one observation (the content check requires an observation with the
 * same period and series, `lib/checks/dataset-rules.ts`); a year made of restated quarters is
 * not itself restated, it only uses restated values (see `restatedIn`). Throws when a
 * restatement names no observation, since "from … to …" would then be made up.
 */
export function restatementHistory(dataset: Dataset, locale: string): RestatementEntry[] {
  const restatements = (dataset.restatements ?? []).map((restatement, index) => ({
    ...restatement,
    index,
  }));
  const current = new Map(dataset.observations.map((o) => [key(o.series, o.period), o.value]));
  const byObservation = new Map<string, typeof restatements>();
  for (const restatement of restatements) {
    const id = key(restatement.series, restatement.period);
    byObservation.set(id, [...(byObservation.get(id) ?? []), restatement]);
  }
  const anchors = new Set<string>();
  const entries = [...byObservation].flatMap(([id, chain]) => {
    const value = current.get(id);
    const [first] = chain;
    if (value === undefined || first === undefined) {
      const series = first?.series === undefined ? '' : ` of series "${first.series}"`;
      throw new Error(
        `restatements[${first?.index ?? 0}]: no observation for period "${first?.period ?? ''}"${series}; a restatement changes one published observation, so add it or fix the period`,
      );
    }
    const ordered = [...chain].sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
    return ordered.map((restatement, position) => {
      const to = ordered[position + 1]?.previousValue ?? value;
      const seriesLabel = dataset.series?.find(({ id: s }) => s === restatement.series)?.label;
      const periodLabel = formatPeriod(restatement.period);
      const dateLabel = formatDate(restatement.date, locale);
      const reasonWords = restatementReasonLabels[restatement.reason];
      const reasonLabel = reasonWords.charAt(0).toLowerCase() + reasonWords.slice(1);
      const change = changeText(restatement.previousValue, to, dataset, locale);
      const what = seriesLabel === undefined ? periodLabel : `${periodLabel} (${seriesLabel})`;
      const headline = `${what} restated from ${change} on ${dateLabel} — ${reasonLabel}`;
      const stem = ['restated', restatement.series, restatement.period, restatement.date]
        .filter((part) => part !== undefined)
        .map(idPart)
        .join('-');
      // Two restatements of one value on one day are rare but legal: number the second.
      let anchor = stem;
      for (let n = 2; anchors.has(anchor); n += 1) anchor = `${stem}-${n}`;
      anchors.add(anchor);
      return {
        entry: {
          anchor,
          date: restatement.date,
          dateLabel,
          period: restatement.period,
          periodLabel,
          series: restatement.series,
          seriesLabel,
          subject: what,
          from: restatement.previousValue,
          to,
          change,
          reason: restatement.reason,
          reasonLabel,
          explanation: restatement.explanation,
          headline,
          sentence: `${headline}: ${restatement.explanation}`,
        },
        index: restatement.index,
      };
    });
  });
  return entries
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index)
    .map(({ entry }) => entry);
}

/**
 * The history entries that changed any of `observations` (the observations a figure, chart
 * point or table cell is made of), newest first; empty when none was restated. Link a figure
 * to the first: the latest change to what it shows.
 */
export function restatedIn(
  history: readonly RestatementEntry[],
  observations: readonly Pick<Observation, 'series' | 'period'>[],
): RestatementEntry[] {
  const used = new Set(observations.map(({ series, period }) => key(series, period)));
  return history.filter(({ series, period }) => used.has(key(series, period)));
}

/**
 * Where a figure made of `entries`' observations links for its restatements: the latest entry
 * when they all changed one observation, else the whole history (`restatements`, the dataset
 * page's section id), since one anchor would hide the other changes.
 */
export function restatementAnchor(entries: readonly RestatementEntry[]): string {
  const [latest] = entries;
  const observations = new Set(entries.map(({ series, period }) => key(series, period)));
  return latest !== undefined && observations.size === 1 ? latest.anchor : 'restatements';
}
