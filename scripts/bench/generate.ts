// Synthetic content for `npm run bench`: a site of N stories (~800 words each) and M datasets, the
// same for a given seed, byte for byte. Writes
//   <dir>/content/        an Impact Ledger content folder (IMPACT_LEDGER_CONTENT=<dir>/content)
//   <dir>/plain-stories/  the same stories for the plain Astro fixture (BENCH_STORIES=…), with
//                         <KeyFigure> and <ImpactChart> replaced by the equivalent plain text.
//
// CLI: node scripts/bench/generate.ts --stories=250 --datasets=200 --seed=1 --dir=/tmp/site
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { between, mulberry32, pick, type Random } from './prng.ts';
import {
  authors,
  listIntros,
  listItems,
  moods,
  partners,
  places,
  programmes,
  quotes,
  seasons,
  sentences,
  speakers,
  times,
  weekdays,
  type Programme,
  type Topic,
} from './vocabulary.ts';

export interface BenchSiteOptions {
  stories: number;
  datasets: number;
  seed: number;
  /** Folder to write into; its `content/` and `plain-stories/` are replaced. */
  dir: string;
}

export interface BenchSite {
  /** The Impact Ledger content folder. */
  contentDir: string;
  /** The plain fixture's stories (`*.mdx`). */
  plainStoriesDir: string;
  /** A story without components, for the "edit one story" rebuild. */
  storyToEdit: string;
  /** The JSON dataset most charted by stories, for the "edit one dataset" rebuild. */
  datasetToEdit: string;
  /** Stories that contain `<ImpactChart>` and `<KeyFigure>`. */
  chartedStories: number;
}

interface Observation {
  series?: string;
  period: string;
  value: number;
  status?: 'provisional';
}

interface GeneratedDataset {
  id: string;
  topic: Topic;
  programme: Programme;
  place: string;
  observations: Observation[];
  csv: boolean;
  restated: boolean;
}

/** `list[index]`, which must exist. */
function item<T>(list: readonly T[], index: number): T {
  const found = list[index];
  if (found === undefined) throw new Error(`expected an item at ${index}`);
  return found;
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const QUARTER_YEARS = [2022, 2023, 2024, 2025];

function periodsOf(topic: Topic): string[] {
  return topic.cadence === 'year'
    ? YEARS.map(String)
    : QUARTER_YEARS.flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));
}

function round(value: number, decimals: 0 | 1): number {
  return decimals === 0 ? Math.round(value) : Math.round(value * 10) / 10;
}

function observationsFor(topic: Topic, random: Random): Observation[] {
  const scale = 0.4 + random() * 1.2;
  const periods = periodsOf(topic);
  const series = topic.series ?? [{ id: '', label: '', share: 1 }];
  return series.flatMap(({ id, share }) =>
    periods.map((period, step): Observation => {
      const noise = 0.9 + random() * 0.2;
      const raw =
        topic.unit.kind === 'percent'
          ? Math.min(98, Math.max(5, topic.base + step * 0.8 + (random() - 0.5) * 10))
          : Math.max(1, topic.base * scale * share * (1 + 0.05 * step) * noise);
      return { ...(id === '' ? {} : { series: id }), period, value: round(raw, topic.decimals) };
    }),
  );
}

function generateDatasets(count: number, random: Random): GeneratedDataset[] {
  const topics = programmes.flatMap((programme) =>
    programme.topics.map((topic) => ({ topic, programme })),
  );
  return Array.from({ length: count }, (_, index) => {
    const { topic, programme } = item(topics, index % topics.length);
    // Each topic once per place; past the last place, the places again with a number.
    const lap = Math.floor(index / topics.length);
    const [placeName, placeId] = item(places, lap % places.length);
    const suffix = lap >= places.length ? `-${Math.floor(lap / places.length) + 1}` : '';
    const observations = observationsFor(topic, random);
    if (index % 4 === 1) {
      // The latest value of each series is waiting for the partner's confirmation.
      const last = observations.at(-1)?.period;
      for (const observation of observations)
        if (observation.period === last) observation.status = 'provisional';
    }
    return {
      id: `${topic.slug}-${placeId}${suffix}`,
      topic,
      programme,
      place: placeName,
      observations,
      csv: index % 5 === 4,
      restated: index % 8 === 6,
    };
  });
}

const partnerName = (id: string) => partners.find((partner) => partner.id === id)?.name ?? id;

function datasetJson(dataset: GeneratedDataset, index: number): object {
  const { topic, programme, place, observations } = dataset;
  const partner = programme.partners[0] ?? 'voluntari-cluj';
  const level = (['self-reported', 'partner-confirmed', 'internally-reviewed'] as const)[index % 3];
  const first = observations[0];
  const restatement =
    dataset.restated && first !== undefined
      ? [
          {
            date: '2024-03-15',
            period: first.period,
            ...(first.series === undefined ? {} : { series: first.series }),
            previousValue: round(
              topic.unit.kind === 'percent'
                ? Math.max(0, first.value - 1.5)
                : first.value + Math.max(1, first.value * 0.05),
              topic.decimals,
            ),
            reason: 'error',
            explanation: `A ${partnerName(partner)} report for ${place} was counted twice; the value was corrected when the records were reconciled.`,
          },
        ]
      : undefined;
  return {
    title: `${topic.title}, ${place}`,
    description: `${topic.title} in ${place}, ${topic.cadence === 'year' ? 'by year' : 'by quarter'}, as recorded for our ${programme.name} programme.`,
    programme: programme.id,
    partners: programme.partners,
    measure: {
      label: topic.measure,
      unit: topic.unit.kind === 'currency' ? { ...topic.unit, currency: 'RON' } : topic.unit,
      aggregation: topic.aggregation,
      ...(topic.seriesAddUp === undefined ? {} : { seriesAddUp: topic.seriesAddUp }),
    },
    ...(topic.series === undefined
      ? {}
      : { series: topic.series.map(({ id, label }) => ({ id, label })) }),
    ...(dataset.csv ? {} : { observations }),
    methodology: `${partnerName(partner)} records every activity in ${place} on the day it happens, in the same register for every site. We add the records up by ${topic.cadence === 'year' ? 'calendar year' : 'calendar quarter'}.\n\n- Only activities we funded or staffed are included.\n- The latest period is provisional until the partner confirms it.`,
    sources: [
      {
        label: `${partnerName(partner)}, activity register`,
        type: 'partner-records',
        date: '2026-01-15',
      },
    ],
    verification:
      level === 'self-reported'
        ? { level }
        : {
            level,
            by: level === 'partner-confirmed' ? partnerName(partner) : 'CSR team',
            date: '2026-01-20',
          },
    issued: `${topic.cadence === 'year' ? YEARS[0] : QUARTER_YEARS[0]}-12-15`,
    modified: '2026-01-20',
    ...(restatement === undefined ? {} : { restatements: restatement }),
    chart: { type: topic.chart, yAxisLabel: topic.unit.label },
  };
}

function datasetCsv(dataset: GeneratedDataset): string {
  const withSeries = dataset.topic.series !== undefined;
  const header = withSeries ? 'period,series,value,status' : 'period,value,status';
  const rows = dataset.observations.map(({ period, series, value, status }) =>
    [period, ...(withSeries ? [series ?? ''] : []), String(value), status ?? ''].join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

function programmeJson(programme: Programme, datasets: readonly GeneratedDataset[]): object {
  const goalData = datasets.find(
    (dataset) =>
      dataset.programme === programme &&
      dataset.topic.series === undefined &&
      dataset.topic.unit.kind !== 'percent',
  );
  const goals =
    goalData === undefined
      ? undefined
      : [
          {
            label: `${goalData.topic.title} in 2025, ${goalData.place}`,
            dataset: goalData.id,
            target: Math.round(figureValue(goalData, '2025', undefined) * 1.05),
            by: '2025-12-31',
          },
        ];
  return {
    name: programme.name,
    summary: programme.summary,
    pillar: programme.pillar,
    status: 'active',
    startDate: programme.startDate,
    communityNeed: { statement: programme.need, evidence: programme.evidence },
    partners: programme.partners.map((partner, index) => ({
      partner,
      role: index === 0 ? 'delivery' : 'beneficiary',
    })),
    locations: [{ name: 'Cluj-Napoca', region: 'Cluj', country: 'RO' }],
    ...(goals === undefined ? {} : { goals }),
  };
}

/** The figure a `<KeyFigure>` shows: a year's observations summed or averaged, or one value. */
function figureValue(dataset: GeneratedDataset, period: string, series: string | undefined) {
  const values = dataset.observations
    .filter(
      (observation) =>
        (series === undefined || observation.series === series) &&
        (observation.period === period || observation.period.startsWith(`${period}-`)),
    )
    .map(({ value }) => value);
  const sum = values.reduce((total, value) => total + value, 0);
  // Means are only for single-series (percentage) datasets here.
  const value = dataset.topic.aggregation === 'sum' ? sum : sum / values.length;
  return round(value, dataset.topic.decimals);
}

function formatFigure(dataset: GeneratedDataset, value: number, label: string): string {
  const number = value.toLocaleString('en-US', {
    maximumFractionDigits: dataset.topic.decimals,
    minimumFractionDigits: dataset.topic.decimals,
  });
  const { unit } = dataset.topic;
  const withUnit =
    unit.kind === 'percent'
      ? `${number}%`
      : unit.kind === 'currency'
        ? `RON ${number}`
        : unit.kind === 'count'
          ? number
          : `${number} ${unit.label}`;
  return `**${withUnit}** ${label}`;
}

const PERIOD_WORDS: Record<string, string> = {
  Q1: 'January to March',
  Q2: 'April to June',
  Q3: 'July to September',
  Q4: 'October to December',
};

interface Components {
  /** The `<KeyFigure>` sentence and its plain equivalent. */
  figure: { mdx: string; plain: string };
  /** The `<ImpactChart>` block and its plain equivalent. */
  chart: { mdx: string; plain: string; dataset: GeneratedDataset };
}

function components(
  programme: Programme,
  datasets: readonly GeneratedDataset[],
  random: Random,
): Components {
  const own = datasets.filter((dataset) => dataset.programme === programme);
  const candidates = own.length > 0 ? own : datasets;
  // The figure: one year (or, for quarterly data, sometimes one quarter) of one dataset.
  const figureData = pick(random, candidates);
  const { topic } = figureData;
  const year = pick(random, topic.cadence === 'year' ? YEARS.slice(1) : QUARTER_YEARS);
  const quarter = topic.cadence === 'quarter' && random() < 0.3 ? `Q${between(random, 1, 4)}` : '';
  const period = quarter === '' ? String(year) : `${year}-${quarter}`;
  const series =
    topic.series !== undefined && (topic.seriesAddUp !== true || random() < 0.5)
      ? pick(random, topic.series)
      : undefined;
  const label =
    series === undefined
      ? topic.figureLabel
      : `${topic.figureLabel} (${series.label.toLowerCase()})`;
  const when = quarter === '' ? String(year) : `${PERIOD_WORDS[quarter] ?? quarter} ${year}`;
  const partner = partnerName(figureData.programme.partners[0] ?? '');
  const value = figureValue(figureData, period, series?.id);
  const attributes = `dataset="${figureData.id}"${series === undefined ? '' : ` series="${series.id}"`} period="${period}" label="${label}"`;
  const figure = {
    mdx: `The records of ${partner} for ${figureData.place} show <KeyFigure ${attributes} /> for ${when}.`,
    plain: `The records of ${partner} for ${figureData.place} show ${formatFigure(figureData, value, label)} for ${when}.`,
  };

  // The chart: the dataset's own chart, another chart type, or one of its series.
  const chartData = pick(random, candidates);
  const chartTopic = chartData.topic;
  const variant = between(random, 0, 2);
  let chartSeries = chartTopic.series?.map(({ id }) => id);
  let attribute = '';
  if (variant === 1 || (variant === 2 && chartTopic.series === undefined)) {
    const type = chartTopic.chart === 'line' ? 'bar' : 'line';
    attribute = ` type="${type}"`;
  } else if (variant === 2 && chartTopic.series !== undefined) {
    const one = pick(random, chartTopic.series).id;
    chartSeries = [one];
    attribute = ` series="${one}"`;
  }
  const periods = periodsOf(chartTopic);
  const labels = (chartTopic.series ?? []).filter(({ id }) => chartSeries?.includes(id) ?? true);
  const columns = labels.length === 0 ? [chartTopic.unit.label] : labels.map(({ label: l }) => l);
  const rows = periods.map((periodOfRow) => {
    const cells =
      labels.length === 0
        ? [valueAt(chartData, periodOfRow, undefined)]
        : labels.map(({ id }) => valueAt(chartData, periodOfRow, id));
    return `| ${periodOfRow} | ${cells.join(' | ')} |`;
  });
  const table = [
    `| Period | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
  const chart = {
    mdx: `<ImpactChart dataset="${chartData.id}"${attribute} />`,
    plain: `**${chartTopic.title}, ${chartData.place}** (${chartTopic.unit.label}), ${periods[0] ?? ''} to ${periods.at(-1) ?? ''}:\n\n${table}`,
    dataset: chartData,
  };
  return { figure, chart };
}

function valueAt(dataset: GeneratedDataset, period: string, series: string | undefined): string {
  const found = dataset.observations.find(
    (observation) => observation.period === period && observation.series === series,
  );
  return found === undefined ? '–' : found.value.toLocaleString('en-US');
}

function fill(template: string, programme: Programme, place: string, random: Random): string {
  const speaker = pick(random, speakers);
  const slots: Record<string, () => string> = {
    place: () => place,
    partner: () => partnerName(pick(random, programme.partners)),
    person: () => speaker.name,
    role: () => speaker.role,
    activity: () => pick(random, programme.activity),
    people: () => pick(random, programme.people),
    thing: () => pick(random, programme.things),
    season: () => pick(random, seasons),
    weekday: () => pick(random, weekdays),
    time: () => pick(random, times),
    mood: () => pick(random, moods),
  };
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name]?.() ?? name);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sentence templates in a shuffled order, dealt without repeats until all have been used. */
function deck(random: Random): () => string {
  let cards: string[] = [];
  return () => {
    if (cards.length === 0) cards = shuffle(sentences, random);
    return cards.pop() ?? '';
  };
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [item(copy, other), item(copy, index)];
  }
  return copy;
}

function paragraph(
  programme: Programme,
  place: string,
  random: Random,
  next: () => string,
  length: number,
): string {
  return Array.from({ length }, () => fill(next(), programme, place, random)).join(' ');
}

/** Words in a story's body, roughly. */
const TARGET_WORDS = 800;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Story {
  slug: string;
  frontMatter: string;
  plainFrontMatter: string;
  body: string;
  plainBody: string;
  chartDataset: string | undefined;
}

function story(index: number, datasets: readonly GeneratedDataset[], random: Random): Story {
  const programme = item(programmes, index % programmes.length);
  const [place] = pick(random, places);
  const title = pick(random, programme.titles).replace('{place}', place);
  const slug = `${title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${index + 1}`;
  const activity = pick(random, programme.activity);
  const description = `${activity.charAt(0).toUpperCase()}${activity.slice(1)} in ${place} with ${partnerName(programme.partners[0] ?? '')}: what we did, who took part and what the figures show.`;
  if (description.length > 200) throw new Error(`description too long: ${description}`);
  const day = Date.UTC(2022, 0, 10) + between(random, 0, 1440) * 86_400_000;
  const date = new Date(day).toISOString().slice(0, 10);
  const author = pick(random, authors);
  const partnerIds = programme.partners.slice(0, between(random, 1, programme.partners.length));
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `date: ${date}`,
    `programme: ${programme.id}`,
    `partners: [${partnerIds.join(', ')}]`,
    `author: { name: ${JSON.stringify(author.name)}, role: ${JSON.stringify(author.role)} }`,
    `tags: [${programme.tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    `location: ${JSON.stringify(place)}`,
    '---',
  ].join('\n');
  const plainFrontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `date: ${date}`,
    '---',
  ].join('\n');

  const charted = index % 4 === 3;
  const parts = charted ? components(programme, datasets, random) : undefined;
  // Blocks of the body; a component block is [mdx, plain].
  const next = deck(random);
  const blocks: (string | readonly [string, string])[] = [
    paragraph(programme, place, random, next, between(random, 3, 4)),
  ];
  const headings = [...programme.headings];
  let section = 0;
  const total = () =>
    blocks.reduce((sum, block) => sum + words(typeof block === 'string' ? block : block[1]), 0);
  while (total() < TARGET_WORDS - 60 && headings.length > 0) {
    const heading = headings.splice(Math.floor(random() * headings.length), 1)[0] ?? 'More';
    blocks.push(`## ${heading}`);
    const first = paragraph(programme, place, random, next, between(random, 4, 6));
    if (section === 0 && parts !== undefined) {
      blocks.push([`${first} ${parts.figure.mdx}`, `${first} ${parts.figure.plain}`]);
    } else {
      blocks.push(first);
    }
    if (section === 1 && random() < 0.5) {
      const items = shuffle(listItems, random)
        .slice(0, between(random, 3, 5))
        .map((item) => `- ${fill(item, programme, place, random)}`);
      blocks.push(`${pick(random, listIntros)}\n\n${items.join('\n')}`);
    }
    if (section === 2 && random() < 0.4) {
      const speaker = pick(random, speakers);
      blocks.push(`> ${pick(random, quotes)}\n>\n> — ${speaker.name}, ${speaker.role}`);
    }
    // About 800 words: a last section may end after its first paragraph.
    if (section < 2 || total() < TARGET_WORDS - 40)
      blocks.push(paragraph(programme, place, random, next, between(random, 3, 5)));
    if (section === 1 && parts !== undefined) blocks.push([parts.chart.mdx, parts.chart.plain]);
    section += 1;
  }
  const text = (which: 0 | 1) =>
    `${blocks.map((block) => (typeof block === 'string' ? block : block[which])).join('\n\n')}\n`;
  return {
    slug,
    frontMatter,
    plainFrontMatter,
    body: text(0),
    plainBody: text(1),
    chartDataset: parts?.chart.dataset.id,
  };
}

const siteJson = {
  name: 'Someș Contact Center',
  legalName: 'Someș Contact Center S.R.L.',
  url: 'https://impact.example.com',
  description:
    'A synthetic site for the build benchmark: how a fictional contact centre in Cluj-Napoca invests in its community, with open data behind every figure.',
  locale: 'en',
  license: 'CC-BY-4.0',
  contactEmail: 'impact@example.com',
  brandColor: '#115e59',
  reportingPeriod: { start: '2019-01-01', end: '2025-12-31' },
  fictional: true,
};

const aboutPage = `---
title: "About this benchmark site"
description: "A fictional contact centre in Cluj-Napoca, generated to measure how long Impact Ledger takes to build a site of this size."
---

<Callout title="A fictional example organisation">
  Someș Contact Center S.R.L. does not exist. This site is generated from a fixed seed to measure
  build times; its people, partners, quotes and figures are invented.
</Callout>

## Who we are

Someș Contact Center is a customer contact centre based in Cluj-Napoca, Romania. Our teams answer
calls, chats and emails for international clients, and most of our colleagues live in the city and
the towns around it.

## Why we invest in our community

A contact centre depends on its city: young people who find their way into work, a health system
that is there when our families need it, and neighbourhoods that are pleasant places to live.
`;

const methodologyPage = `---
title: "How we measure and report"
description: "How the figures on this site are collected, checked, verified and corrected."
---

Every figure on this site belongs to a dataset, and every dataset page names its source, its
method and its verification level.

## Corrections

When a figure changes after it was published, the dataset page keeps the previous value, the date
of the change and the reason, so that a correction is never silent.
`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the synthetic site into `dir` (see the top of this file); deterministic for a seed. */
export function generateBenchSite(options: BenchSiteOptions): BenchSite {
  const random = mulberry32(options.seed);
  const contentDir = path.join(options.dir, 'content');
  const plainStoriesDir = path.join(options.dir, 'plain-stories');
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(plainStoriesDir, { recursive: true, force: true });
  for (const folder of ['programmes', 'partners', 'datasets', 'stories', 'pages'])
    mkdirSync(path.join(contentDir, folder), { recursive: true });
  mkdirSync(plainStoriesDir, { recursive: true });

  writeFileSync(path.join(contentDir, 'site.json'), json(siteJson));
  writeFileSync(path.join(contentDir, 'pages', 'about.mdx'), aboutPage);
  writeFileSync(path.join(contentDir, 'pages', 'methodology.mdx'), methodologyPage);
  for (const partner of partners) {
    writeFileSync(
      path.join(contentDir, 'partners', `${partner.id}.json`),
      json({
        name: partner.name,
        type: partner.type,
        website: `https://${partner.id}.example.org`,
        description: partner.description,
        country: 'RO',
        since: '2019-03-01',
        consent: { published: true, date: '2019-03-28' },
      }),
    );
  }
  const datasets = generateDatasets(options.datasets, random);
  for (const programme of programmes) {
    writeFileSync(
      path.join(contentDir, 'programmes', `${programme.id}.json`),
      json(programmeJson(programme, datasets)),
    );
  }
  datasets.forEach((dataset, index) => {
    const file = path.join(contentDir, 'datasets', dataset.id);
    writeFileSync(`${file}.json`, json(datasetJson(dataset, index)));
    if (dataset.csv) writeFileSync(`${file}.csv`, datasetCsv(dataset));
  });

  const charts = new Map<string, number>();
  let storyToEdit = '';
  for (let index = 0; index < options.stories; index += 1) {
    const { slug, frontMatter, plainFrontMatter, body, plainBody, chartDataset } = story(
      index,
      datasets,
      random,
    );
    const file = path.join(contentDir, 'stories', `${slug}.mdx`);
    writeFileSync(file, `${frontMatter}\n\n${body}`);
    writeFileSync(path.join(plainStoriesDir, `${slug}.mdx`), `${plainFrontMatter}\n\n${plainBody}`);
    if (index === 0) storyToEdit = file;
    if (chartDataset !== undefined) charts.set(chartDataset, (charts.get(chartDataset) ?? 0) + 1);
  }
  // The dataset to edit: kept in its JSON, never restated (an edit could meet a previousValue).
  const editable = datasets.filter((dataset) => !dataset.csv && !dataset.restated);
  const [datasetToEdit] = [...editable].sort(
    (a, b) => (charts.get(b.id) ?? 0) - (charts.get(a.id) ?? 0),
  );
  if (datasetToEdit === undefined) throw new Error('generateBenchSite: expected some datasets');
  return {
    contentDir,
    plainStoriesDir,
    storyToEdit,
    datasetToEdit: path.join(contentDir, 'datasets', `${datasetToEdit.id}.json`),
    chartedStories: Math.floor(options.stories / 4),
  };
}

function flag(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const site = generateBenchSite({
    stories: Number(flag('stories', '250')),
    datasets: Number(flag('datasets', '200')),
    seed: Number(flag('seed', '1')),
    dir: path.resolve(flag('dir', 'bench-site')),
  });
  console.log(
    `IMPACT_LEDGER_CONTENT=${site.contentDir}\nBENCH_STORIES=${site.plainStoriesDir}\n${site.chartedStories} stories with a chart and a key figure`,
  );
}
