import type { Dataset } from '../../schemas/index.ts';
import { localImageProblem } from '../content/local-images.ts';
import type { Problem } from '../content/problem.ts';
import { impactChartRequest } from '../charts/chart-requests.ts';
import { resolveFigure } from '../figures/resolve.ts';
import type { MdxAnalysis, MdxElement } from '../mdx/analysis.ts';
import {
  authorComponents,
  type AuthorComponentName as ComponentName,
} from '../mdx/author-components.ts';
import { closestMatch, didYouMean } from '../suggest.ts';

/** What checks of an MDX body need: the datasets its components can name. */
export interface MdxContext {
  file: string;
  datasets: ReadonlyMap<string, Dataset>;
  /** Ids of dataset files that exist but did not validate: not reported as unknown. */
  invalidDatasetIds: readonly string[];
  fiscalYearStartMonth: number | undefined;
  /**
   * Partners a `<PartnerCard>` can name: every partner file there is (`known`, valid or not)
   * and those that agreed to a public page (`published`). Unset: partner ids are not checked.
   */
  partners?: { known: readonly string[]; published: readonly string[] } | undefined;
  /** The file (absolute) and `content/` (absolute), for the images it names. */
  location?: { file: string; contentDir: string } | undefined;
}

/** The dataset an element names, or the problem with its `dataset` attribute. */
function namedDataset(
  attributes: Map<string, string>,
  context: MdxContext,
): { dataset: Dataset | undefined; problems: string[] } {
  const datasetId = attributes.get('dataset') ?? '';
  const dataset = context.datasets.get(datasetId);
  if (dataset !== undefined || context.invalidDatasetIds.includes(datasetId))
    return { dataset, problems: [] };
  const ids = [...context.datasets.keys(), ...context.invalidDatasetIds];
  return {
    dataset,
    problems: [
      `dataset: unknown dataset "${datasetId}": there is no content/datasets/${datasetId}.json${didYouMean(datasetId, ids)}`,
    ],
  };
}

function checkKeyFigure(attributes: Map<string, string>, context: MdxContext): string[] {
  const { dataset, problems } = namedDataset(attributes, context);
  if (dataset === undefined) return problems;
  const result = resolveFigure(
    dataset,
    { period: attributes.get('period') ?? '', series: attributes.get('series') },
    context.fiscalYearStartMonth,
  );
  return result.ok ? [] : [result.reason];
}

function checkImpactChart(attributes: Map<string, string>, context: MdxContext): string[] {
  const { dataset, problems } = namedDataset(attributes, context);
  if (dataset === undefined) return problems;
  const result = impactChartRequest(
    dataset,
    Object.fromEntries(attributes),
    context.fiscalYearStartMonth,
  );
  return result.ok ? [] : result.reasons;
}

function checkPartnerCard(attributes: Map<string, string>, context: MdxContext): string[] {
  const { partners } = context;
  const id = attributes.get('partner') ?? '';
  if (partners === undefined || partners.published.includes(id)) return [];
  if (partners.known.includes(id)) {
    return [
      `partner: "${id}" has not agreed to a public page, so there is no page to link to; add "consent": { "published": true, "date": "…" } to content/partners/${id}.json once they agree, or name the partner in the text`,
    ];
  }
  return [
    `partner: unknown partner "${id}": there is no content/partners/${id}.json${didYouMean(id, partners.known)}`,
  ];
}

function checkElement(element: MdxElement, context: MdxContext): string[] {
  const { name } = element;
  if (!(name in authorComponents)) {
    const known = Object.keys(authorComponents);
    const match = closestMatch(name, known);
    const hint =
      match === undefined
        ? `expected one of ${known.map((k) => `<${k}>`).join(', ')}`
        : `did you mean <${match}>?`;
    return [`unknown component <${name}>; ${hint}`];
  }
  const spec = authorComponents[name as ComponentName];
  const { attributes: values, dynamic } = element;
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  const messages: string[] = [];
  for (const attribute of spec.required) {
    if (!values.has(attribute) && !dynamic.includes(attribute))
      messages.push(`${attribute}: expected a value, found nothing`);
  }
  for (const attribute of [...values.keys(), ...dynamic]) {
    if (!allowed.includes(attribute)) {
      messages.push(
        `${attribute}: unknown attribute${didYouMean(attribute, allowed) || `; expected ${allowed.join(', ')}`}`,
      );
    }
  }
  const dataChecks: Partial<Record<string, typeof checkKeyFigure>> = {
    KeyFigure: checkKeyFigure,
    ImpactChart: checkImpactChart,
    PartnerCard: checkPartnerCard,
  };
  const dataCheck = dataChecks[name];
  // {expression} and empty attributes are reported by the MDX policy; no data check then.
  const empty = [...values.values()].some((value) => value.trim() === '');
  if (dataCheck !== undefined && messages.length === 0 && dynamic.length === 0 && !empty)
    messages.push(...dataCheck(values, context));
  return messages;
}

/** One use of an author component in an MDX body: its name and plain-text attributes. */
export interface ComponentUsage {
  name: ComponentName;
  attributes: Map<string, string>;
}

/**
 * Every use of an author component in an analysed MDX body (`analyseMdx`), in order. A body with
 * an MDX syntax error has none (the error is reported by `checkMdxComponents`).
 */
export function componentUsages(analysis: MdxAnalysis): ComponentUsage[] {
  return analysis.elements.flatMap(({ name, attributes }) =>
    name in authorComponents ? [{ name: name as ComponentName, attributes }] : [],
  );
}

/**
 * Checks an analysed MDX body (`analyseMdx`): its syntax, what authors may write at all
 * (`mdxPolicyViolations`: no imports, expressions, active elements, handlers or unsafe URLs;
 * images must be files inside content/), then the components it uses: known names, required
 * attributes, that every `<KeyFigure>` and `<ImpactChart>` resolves and every `<PartnerCard>`
 * names a partner with a public page. Each problem names the
 * line, so `file` becomes `file:line`.
 */
export function checkMdxComponents(analysis: MdxAnalysis, context: MdxContext): Problem[] {
  const { syntaxError } = analysis;
  if (syntaxError !== undefined) {
    const { line, message } = syntaxError;
    return [
      { file: line === undefined ? context.file : `${context.file}:${line}`, path: '', message },
    ];
  }
  const { location } = context;
  const imageProblems = analysis.images.flatMap(({ url, line, column }) => {
    const message =
      location === undefined
        ? undefined
        : localImageProblem(url, location.file, location.contentDir);
    return message === undefined ? [] : [{ line, column, subject: 'image', message }];
  });
  const problems: Problem[] = [...analysis.violations, ...imageProblems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ line, subject, message }) => ({
      file: `${context.file}:${line}`,
      path: subject,
      message,
    }));
  for (const element of analysis.elements) {
    const file = `${context.file}:${element.line}`;
    for (const message of checkElement(element, context))
      problems.push({ file, path: `<${element.name}>`, message });
  }
  return problems;
}
