import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Dataset } from '../../schemas/index.ts';
import type { Problem } from '../content/problem.ts';
import { impactChartRequest } from '../charts/chart-requests.ts';
import { resolveFigure } from '../figures/resolve.ts';
import {
  authorComponents,
  type AuthorComponentName as ComponentName,
} from '../mdx/author-components.ts';
import { mdxPolicyViolations } from '../mdx/policy.ts';
import { explainMdxError } from '../mdx/syntax-errors.ts';
import { closestMatch, didYouMean } from '../suggest.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What checks of an MDX body need: the datasets its components can name. */
export interface MdxContext {
  file: string;
  datasets: ReadonlyMap<string, Dataset>;
  /** Ids of dataset files that exist but did not validate: not reported as unknown. */
  invalidDatasetIds: readonly string[];
  fiscalYearStartMonth: number | undefined;
  /** Full MDX for this file (a page, when site.json sets `fullMdxPages`). */
  fullMdx?: boolean | undefined;
  /** The file (absolute) and `content/` (absolute), for the images it names. */
  location?: { file: string; contentDir: string } | undefined;
}

/**
 * The parser Astro's MDX compiler uses (`@astrojs/markdown-remark`: `@mdx-js/mdx` with GFM), so
 * what the check accepts the build accepts; tests/unit/mdx-agreement.test.ts holds them together.
 */
export const mdxProcessor = createProcessor({ remarkPlugins: [remarkGfm] });
const processor = mdxProcessor;

/** String attributes of an element; an `{expression}` value cannot be checked before rendering. */
function stringAttributes(element: JsxElement): { values: Map<string, string>; dynamic: string[] } {
  const values = new Map<string, string>();
  const dynamic: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (typeof attribute.value === 'string') values.set(attribute.name, attribute.value);
    else dynamic.push(attribute.name);
  }
  return { values, dynamic };
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
  return result.ok ? [] : [result.reason];
}

function checkElement(element: JsxElement, context: MdxContext): string[] {
  const name = element.name;
  if (name === null || !/^[A-Z]/.test(name)) return [];
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
  const { values, dynamic } = stringAttributes(element);
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
 * Every use of an author component in an MDX body, in order, from one parse. A body with an
 * MDX syntax error has none (the error is reported by `checkMdxComponents`).
 */
export function componentUsages(body: string): ComponentUsage[] {
  const usages: ComponentUsage[] = [];
  try {
    visit(processor.parse(body), (node) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name !== null &&
        node.name in authorComponents
      ) {
        usages.push({
          name: node.name as ComponentName,
          attributes: stringAttributes(node).values,
        });
      }
    });
  } catch {
    // Reported by checkMdxComponents.
  }
  return usages;
}

/**
 * Checks an MDX body: what authors may write at all (`mdxPolicyViolations`: no imports,
 * expressions, active elements, handlers or unsafe URLs), then the components it uses: known
 * names, required attributes, and that every `<KeyFigure>` and `<ImpactChart>` resolves. Each
 * problem names the line, so `file` becomes `file:line`.
 */
export function checkMdxComponents(body: string, context: MdxContext): Problem[] {
  let tree;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const selfClosing = Object.entries(authorComponents).flatMap(([name, spec]) =>
      'selfClosing' in spec ? [name] : [],
    );
    const { line, message } = explainMdxError(error, selfClosing);
    return [
      { file: line === undefined ? context.file : `${context.file}:${line}`, path: '', message },
    ];
  }
  const problems: Problem[] = mdxPolicyViolations(tree, {
    components: authorComponents,
    fullMdx: context.fullMdx,
    location: context.location,
  }).map(({ line, subject, message }) => ({
    file: `${context.file}:${line}`,
    path: subject,
    message,
  }));
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node;
    const file = `${context.file}:${element.position?.start.line ?? 0}`;
    for (const message of checkElement(element, context)) {
      problems.push({ file, path: `<${element.name ?? ''}>`, message });
    }
  });
  return problems;
}
