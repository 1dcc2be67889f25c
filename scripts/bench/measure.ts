// One measured build for `npm run bench`: wall time, peak memory of the whole process tree, and
// the times of the build's phases read from Astro's log.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One line of a build's output and when it arrived, in ms since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

export interface Phases {
  /** Until the sync starts: Node starts, the config loads (Impact Ledger: the content check). */
  startup?: number | undefined;
  /** The content check's own time, when the build logs it. */
  check?: number | undefined;
  /** Content layer sync and type generation, as `[types] Generated …` times it. */
  sync?: number | undefined;
  /** Vite's server and client builds: compiling every MDX file and component. */
  bundle?: number | undefined;
  /** Rendering the HTML pages (`generating static routes … ✓ Completed in …`). */
  pages?: number | undefined;
  /** Impact Ledger's charts step (`N charts: X files rendered, Y from cache (Z s)`). */
  charts?: number | undefined;
  /** Drawn and reused, as the charts line counts them: files, or (later builds) charts. */
  chartsDrawn?: number | undefined;
  chartsCached?: number | undefined;
  /** Pages Astro says it built. */
  pageCount?: number | undefined;
}

/** What the charts line counts: `files` (`… files rendered …`) or `charts` (`charts: X drawn …`). */
export type ChartUnit = 'files' | 'charts';

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  /** Seconds from spawning the build to its exit. */
  wall: number;
  /** Peak of the summed resident set size of the build's process tree, in MB. */
  peakMb: number;
  phases: Phases;
  chartUnit: ChartUnit;
  /** The log lines the phases were read from. */
  parsedLines: string[];
  log: LogLine[];
}

/** Resident set size of a process and all its descendants, in kB, read from /proc. */
export function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // The command name may contain spaces and parentheses: fields start after the last ")".
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const queue = [rootPid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** `1.84s`, `629ms`, `1.7 s` → seconds. */
function seconds(value: string, unit: string): number {
  return unit === 'ms' ? Number(value) / 1000 : Number(value);
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The phases of a build, from its log lines (missing lines leave a phase undefined). */
export function parsePhases(log: readonly LogLine[]): {
  phases: Phases;
  chartUnit: ChartUnit;
  parsedLines: string[];
} {
  const phases: Phases = {};
  const parsedLines: string[] = [];
  const find = (pattern: RegExp, after = -1) => {
    const index = log.findIndex((line, at) => at > after && pattern.test(line.text));
    const line = log[index];
    if (line !== undefined) parsedLines.push(line.text);
    return { index, line, match: line === undefined ? null : pattern.exec(line.text) };
  };
  const syncStart = find(/\[content\] Syncing content/);
  const types = find(/\[types\] Generated/);
  const entry = find(/Building static entrypoints/);
  const routes = find(/generating static routes/);
  const routesDone = find(/✓ Completed in ([\d.]+)\s*(ms|s)\b/, routes.index);
  const charts = find(/(\d+) charts: (\d+) files rendered, (\d+) from cache \(([\d.]+) s\)/);
  // Since the charts moved into page rendering: `charts: 207 drawn, 0 from cache`, untimed.
  const chartCount = find(/charts: (\d+) drawn, (\d+) from cache/);
  const check = find(/content (?:check|checked|validat\w*)\b.*?([\d.]+)\s*(ms|s)\b/i);
  const pages = find(/(\d+) page\(s\) built in/);
  // `[types] Generated 1.6s` times the whole sync, which starts before "Syncing content" is
  // logged (Astro first starts a Vite server for it): startup ends where the sync starts.
  const typesMatch = /Generated ([\d.]+)\s*(ms|s)\b/.exec(types.line?.text ?? '');
  if (types.line && typesMatch) {
    phases.sync = seconds(typesMatch[1] ?? '', typesMatch[2] ?? 's');
    phases.startup = types.line.at / 1000 - phases.sync;
  } else if (syncStart.line) {
    phases.startup = syncStart.line.at / 1000;
  }
  if (check.match) phases.check = seconds(check.match[1] ?? '', check.match[2] ?? 's');
  if (entry.line && routes.line) phases.bundle = (routes.line.at - entry.line.at) / 1000;
  if (routesDone.match)
    phases.pages = seconds(routesDone.match[1] ?? '', routesDone.match[2] ?? 's');
  if (charts.match) {
    phases.charts = Number(charts.match[4]);
    phases.chartsDrawn = Number(charts.match[2]);
    phases.chartsCached = Number(charts.match[3]);
  } else if (chartCount.match) {
    phases.chartsDrawn = Number(chartCount.match[1]);
    phases.chartsCached = Number(chartCount.match[2]);
  }
  if (pages.match) phases.pageCount = Number(pages.match[1]);
  return { phases, chartUnit: charts.match ? 'files' : 'charts', parsedLines };
}

/** Runs `node <args>` with `env`, sampling the memory of its process tree every 100 ms. */
export function measureBuild(
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
): Promise<BuildResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: LogLine[] = [];
    const pending = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const at = performance.now() - started;
      const lines = (pending[stream] + chunk.toString('utf8')).split('\n');
      pending[stream] = lines.pop() ?? '';
      for (const line of lines) log.push({ at, text: line.replace(ANSI, '') });
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    let peakKb = 0;
    const sample = () => {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      for (const stream of ['stdout', 'stderr'] as const)
        if (pending[stream] !== '') log.push({ at: wall * 1000, text: pending[stream] });
      resolve({
        ok: exitCode === 0,
        exitCode,
        wall,
        peakMb: peakKb / 1024,
        log,
        ...parsePhases(log),
      });
    });
  });
}
