import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './browser.ts';

/** The four categories we hold every audited page to. */
export const lighthouseCategories = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;

/** The performance metrics behind the performance score, as Lighthouse displays them. */
const performanceMetrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** A page's scores, 0–100, in the order of `lighthouseCategories`. */
export interface LighthouseScores {
  route: string;
  scores: number[];
  /** `FCP 0.9 s · LCP 1.2 s · …`: why the performance score is what it is. */
  metrics: string;
}

/**
 * Runs Lighthouse with its default mobile settings on each route of the site at `baseUrl`.
 * `skipAudits` maps a route to audits it fails by design, left out of its scores (an embed's
 * `noindex` fails `is-crawlable`).
 */
export async function lighthouseScores(
  baseUrl: string,
  routes: readonly string[],
  skipAudits: Readonly<Record<string, readonly string[]>> = {},
): Promise<LighthouseScores[]> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const results: LighthouseScores[] = [];
    for (const route of routes) {
      const result = await lighthouse(`${baseUrl}${route}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...lighthouseCategories],
        skipAudits: [...(skipAudits[route] ?? [])],
      });
      if (result === undefined) throw new Error(`Lighthouse returned nothing for ${route}`);
      const scores = lighthouseCategories.map((category) =>
        Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
      );
      const metrics = performanceMetrics
        .map((id) => {
          const audit = result.lhr.audits[id];
          const short = id
            .split('-')
            .map((word) => word[0]?.toUpperCase() ?? '')
            .join('');
          return `${short} ${audit?.displayValue ?? '?'}`;
        })
        .join(' · ');
      results.push({ route, scores, metrics });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** The least score each category must reach. */
export type LighthouseThresholds = Record<(typeof lighthouseCategories)[number], number>;

/** Every score under its category's threshold, as `route: category score < threshold`. */
export function belowThreshold(
  results: readonly LighthouseScores[],
  thresholds: LighthouseThresholds,
): string[] {
  return results.flatMap(({ route, scores }) =>
    scores.flatMap((score, index) => {
      const category = lighthouseCategories[index] ?? 'performance';
      const threshold = thresholds[category];
      return score < threshold ? [`${route}: ${category} ${score} < ${threshold}`] : [];
    }),
  );
}

/** The scores as a table to print. */
export function scoreTable(results: readonly LighthouseScores[]): string {
  const width = Math.max(20, ...results.map(({ route }) => route.length)) + 2;
  return [
    `${'Lighthouse (mobile)'.padEnd(width)}${lighthouseCategories.map((c) => c.padEnd(16)).join('')}`,
    ...results.map(
      ({ route, scores, metrics }) =>
        `${route.padEnd(width)}${scores.map((s) => String(s).padEnd(16)).join('')}${metrics}`,
    ),
  ].join('\n');
}
