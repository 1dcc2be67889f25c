// `npm run bench`: builds a synthetic site of N stories and 200 datasets with a plain Astro blog
// (bench/plain-astro) and with Impact Ledger, one build after the other, and prints wall time, peak
// memory and the time of each phase. Numbers go in docs/benchmarks.md.
//
//   npm run bench                          sizes 250, 500 and 1000 stories, one run each
//   npm run bench -- --sizes=250 --runs=3  one size, the median of three runs
//   --ref=HEAD                             build Impact Ledger as committed at a git ref (exported
//                                          with git archive into the temporary folder, using this
//                                          checkout's node_modules), not the working tree
//   --seed=1 --datasets=200                the synthetic content
//   --log                                  print every build's full log
//   --keep                                 keep the temporary folder (content, outputs, caches)
import { execFileSync, execSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBenchSite, type BenchSite } from './generate.ts';
import { measureBuild, type BuildResult, type ChartUnit, type Phases } from './measure.ts';

const repo = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const plainRoot = path.join(repo, 'bench', 'plain-astro');
const builder = path.join(repo, 'scripts', 'bench', 'astro-build.ts');

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  const found = process.argv.find((arg) => arg === `--${name}` || arg.startsWith(prefix));
  return found === undefined ? undefined : found.slice(prefix.length);
}

const sizes = (flag('sizes') ?? '250,500,1000').split(',').map(Number);
const runs = Number(flag('runs') ?? '1');
const seed = Number(flag('seed') ?? '1');
const datasetCount = Number(flag('datasets') ?? '200');
const showLog = flag('log') !== undefined;
const keep = flag('keep') !== undefined;
const ref = flag('ref');
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(runs >= 1)) {
  console.error(
    'usage: npm run bench -- [--sizes=250,500,1000] [--runs=1] [--ref=<commit>] [--seed=1] [--datasets=200] [--log] [--keep]',
  );
  process.exit(2);
}

const steps = [
  'npm run check',
  'plain cold',
  'plain warm',
  'IL cold',
  'IL warm (no change)',
  'IL edit one story',
  'IL edit one dataset',
] as const;
type Step = (typeof steps)[number];

/** Appends a sentence to a story, as an author fixing a paragraph would. */
function editStory(file: string): void {
  appendFileSync(file, '\nOne more sentence, added to measure a rebuild after a small edit.\n');
}

/** Changes the latest observation of a dataset by one unit (or 0.1 for a decimal value). */
function editDataset(file: string): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    observations: { value: number }[];
  };
  const last = data.observations.at(-1);
  if (last === undefined) throw new Error(`${file}: expected observations`);
  const step = Number.isInteger(last.value) ? 1 : 0.1;
  last.value = Math.round((last.value + (last.value + step > 100 ? -step : step)) * 10) / 10;
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * Impact Ledger as committed at `ref`, in `dir`: its files from git archive, and a node_modules
 * folder of links to this checkout's packages (its own, so Vite's cache stays apart).
 */
function exportRef(gitRef: string, dir: string): string {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${gitRef}^{commit}`], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  execSync(`git archive ${commit} | tar -x -C "${dir}"`, { cwd: repo });
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro') continue;
    symlinkSync(path.join(repo, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return commit;
}

interface Folders {
  /**
   * The builds' working directory. Astro writes the server half of a static build into
   * `<outDir>/.prerender/` when outDir is inside the working directory, and into
   * `<cwd>/.astro/.prerender/` otherwise, where builds of this checkout would collide. The work
   * folder holds the outDirs and a link to node_modules.
   */
  cwd: string;
  plainOut: string;
  plainCache: string;
  ilOut: string;
  ilCache: string;
}

function clear(...folders: string[]): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}

async function build(step: Step, site: BenchSite, folders: Folders): Promise<BuildResult> {
  const env = step.startsWith('plain')
    ? { BENCH_STORIES: site.plainStoriesDir }
    : { IMPACT_LEDGER_CONTENT: site.contentDir };
  const args =
    step === 'npm run check'
      ? [path.join(ilRoot, 'scripts', 'check-content.ts')]
      : step.startsWith('plain')
        ? [builder, plainRoot, folders.plainOut, folders.plainCache]
        : [builder, ilRoot, folders.ilOut, folders.ilCache];
  const result = await measureBuild(args, env, folders.cwd);
  if (showLog) {
    console.log(`\n--- log of ${step} ---`);
    for (const line of result.log) if (!line.text.includes('├─')) console.log(line.text);
  }
  return result;
}

/** Every step once, in order, on a freshly generated site. */
async function runOnce(
  size: number,
  work: string,
  first: boolean,
): Promise<Map<Step, BuildResult>> {
  const site = generateBenchSite({
    stories: size,
    datasets: datasetCount,
    seed,
    dir: path.join(work, `site-${size}`),
  });
  const folders: Folders = {
    cwd: work,
    plainOut: path.join(work, 'plain-dist'),
    plainCache: path.join(work, 'plain-cache'),
    ilOut: path.join(work, 'il-dist'),
    ilCache: path.join(work, 'il-cache'),
  };
  const results = new Map<Step, BuildResult>();
  for (const step of steps) {
    if (step === 'plain cold') {
      clear(folders.plainOut, folders.plainCache, path.join(plainRoot, '.astro'));
      clear(path.join(plainRoot, 'node_modules'));
    }
    if (step === 'IL cold') {
      // The chart cache lives in the cache folder (impact-ledger-charts/), next to Astro's content
      // store; the staging folder is <outDir>.next.
      clear(folders.ilOut, `${folders.ilOut}.next`, folders.ilCache);
    }
    if (step === 'IL edit one story') editStory(site.storyToEdit);
    if (step === 'IL edit one dataset') editDataset(site.datasetToEdit);
    process.stdout.write(`  ${size} stories: ${step} … `);
    const result = await build(step, site, folders);
    console.log(result.ok ? `${result.wall.toFixed(1)} s` : 'FAILED');
    if (!result.ok) {
      console.error(`\n${step} failed (exit code ${String(result.exitCode)}); the end of its log:`);
      for (const line of result.log.slice(-40)) console.error(line.text);
      throw new Error(`${step} failed`);
    }
    if (first && (step === 'plain cold' || step === 'IL cold')) {
      console.log(`\n    log lines the phases of "${step}" are read from:`);
      for (const line of result.parsedLines) console.log(`      ${line}`);
      console.log('');
    }
    results.set(step, result);
  }
  return results;
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface Row {
  chartUnit: ChartUnit;
  wall: number | undefined;
  peakMb: number | undefined;
  phases: Record<keyof Phases, number | undefined>;
}

const phaseKeys = [
  'startup',
  'check',
  'sync',
  'bundle',
  'pages',
  'charts',
  'chartsDrawn',
  'chartsCached',
  'pageCount',
] as const satisfies readonly (keyof Phases)[];

function summarise(results: readonly BuildResult[]): Row {
  const phases = Object.fromEntries(
    phaseKeys.map((key) => [
      key,
      median(results.flatMap(({ phases: p }) => (p[key] === undefined ? [] : [p[key]]))),
    ]),
  ) as Record<keyof Phases, number | undefined>;
  return {
    chartUnit: results[0]?.chartUnit ?? 'files',
    wall: median(results.map(({ wall }) => wall)),
    peakMb: median(results.map(({ peakMb }) => peakMb)),
    phases,
  };
}

const s = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(1)} s`);
const n = (value: number | undefined) => (value === undefined ? '–' : String(Math.round(value)));

function table(size: number, rows: Map<Step, Row>): string {
  const header = [
    'build',
    'wall',
    'peak RSS',
    'pages',
    'startup',
    'check',
    'sync',
    'bundle',
    'render',
    'charts',
    'charts drawn',
  ];
  const body = steps.map((step) => {
    const row = rows.get(step);
    const p = row?.phases;
    const charts =
      p?.chartsDrawn === undefined
        ? '–'
        : `${n(p.chartsDrawn)} ${row?.chartUnit === 'charts' ? 'charts' : 'files'} drawn, ${n(p.chartsCached)} cached`;
    return [
      step,
      s(row?.wall),
      row?.peakMb === undefined ? '–' : `${Math.round(row.peakMb)} MB`,
      n(p?.pageCount),
      s(p?.startup),
      s(p?.check),
      s(p?.sync),
      s(p?.bundle),
      s(p?.pages),
      s(p?.charts),
      charts,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const ratio = (a: Step, b: Step) => {
    const top = rows.get(a)?.wall;
    const bottom = rows.get(b)?.wall;
    return top === undefined || bottom === undefined ? '–' : `${(top / bottom).toFixed(1)}×`;
  };
  const edited = rows.get('IL edit one dataset');
  const editedDrawn = `${n(edited?.phases.chartsDrawn)} ${edited?.chartUnit === 'charts' ? 'charts' : 'chart files'}`;
  return [
    `${size} stories, ${datasetCount} datasets${runs > 1 ? ` (median of ${runs} runs)` : ''}:`,
    '',
    line(header),
    line(
      widths.map((width, column) =>
        column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`,
      ),
    ),
    ...body.map(line),
    '',
    `IL cold ÷ plain cold: ${ratio('IL cold', 'plain cold')}; IL warm ÷ plain warm: ${ratio('IL warm (no change)', 'plain warm')}; drawn after editing one dataset: ${editedDrawn}`,
  ].join('\n');
}

const work = mkdtempSync(path.join(tmpdir(), 'impact-ledger-bench-'));
// The server half of a build in <outDir>/.prerender/ imports packages: from the work folder too.
symlinkSync(path.join(repo, 'node_modules'), path.join(work, 'node_modules'));
const ilRoot = ref === undefined ? repo : path.join(work, 'impact-ledger');
const built = ref === undefined ? 'the working tree' : `${ref} (${exportRef(ref, ilRoot)})`;
console.log(
  `npm run bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(
      ' ',
    )}; sizes ${sizes.join(', ')}, ${runs} run(s), seed ${seed}; Impact Ledger from ${built}`,
);
console.log(`work folder ${work}\n`);
const tables: string[] = [];
try {
  let first = true;
  for (const size of sizes) {
    const all = new Map<Step, BuildResult[]>();
    for (let run = 0; run < runs; run += 1) {
      const results = await runOnce(size, work, first);
      first = false;
      for (const [step, result] of results) all.set(step, [...(all.get(step) ?? []), result]);
    }
    const rows = new Map([...all].map(([step, results]) => [step, summarise(results)] as const));
    const printed = table(size, rows);
    tables.push(printed);
    console.log(`\n${printed}\n`);
  }
  if (tables.length > 1) console.log(`\nall sizes:\n\n${tables.join('\n\n')}`);
  console.log(
    [
      '',
      'wall: spawn to exit of `astro build` (Astro API: scripts/bench/astro-build.ts) or of the content check;',
      'peak RSS: sum over the process tree, sampled from /proc every 100 ms;',
      'startup: until the sync starts (Impact Ledger checks the content then); sync: "[types] Generated";',
      'bundle: "Building static entrypoints" to "generating static routes"; render: "✓ Completed in" of the',
      'routes (it includes drawing the charts, which overlaps the pages); charts: the time in the',
      '"N charts: …" line of builds before the chart endpoints (a289c8c), "–" since; check: the',
      '"content check: N files in X s" line, part of startup.',
    ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (!keep) clear(work);
  clear(path.join(plainRoot, '.astro'), path.join(plainRoot, 'node_modules'));
}
