import type { Node, Parent } from 'unist';
import { closestMatch } from '../suggest.ts';
import { localImageProblem } from '../content/local-images.ts';
import { urlProblem } from '../urls.ts';

/**
 * Plain HTML elements an author may write in MDX, with the attributes each may carry besides
 * the global ones. Everything here only shows text, links and pictures: no element that loads
 * or runs anything (`script`, `style`, `iframe`, `object`, `embed`, `form`, `input`, `video`…),
 * no `h1` (the page has one: the story's title), and no event handler or `style` attribute.
 */
export const allowedHtmlElements: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  small: [],
  sub: [],
  sup: [],
  mark: [],
  del: ['cite', 'datetime', 'dateTime'],
  ins: ['cite', 'datetime', 'dateTime'],
  abbr: [],
  cite: [],
  q: ['cite'],
  code: [],
  kbd: [],
  span: [],
  div: [],
  a: ['href', 'rel', 'hreflang'],
  figure: [],
  figcaption: [],
  blockquote: ['cite'],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colspan', 'colSpan', 'rowspan', 'rowSpan', 'abbr'],
  td: ['colspan', 'colSpan', 'rowspan', 'rowSpan'],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  details: ['open'],
  summary: [],
  time: ['datetime', 'dateTime'],
  address: [],
};

/** Attributes any allowed HTML element may carry. */
export const globalHtmlAttributes = ['title', 'lang', 'dir', 'class', 'className'] as const;

/** Attributes whose value is a URL, checked with the project's one URL rule. */
const urlAttributes = new Set(['href', 'src', 'cite']);

/** Elements that load or run something, named so the message says why they are refused. */
const activeElements = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'applet',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'template',
  'slot',
  'portal',
]);

/** An author component: its name and the attributes it takes. */
export interface ComponentSpec {
  required: readonly string[];
  optional: readonly string[];
  /** A component with no content (`<KeyFigure … />`). */
  selfClosing?: boolean;
}

/** What the policy needs to know about the file it checks. */
export interface PolicyOptions {
  /** The author components, by name. */
  components: Readonly<Record<string, ComponentSpec>>;
  /**
   * Full MDX (imports, exports, expressions, any element): only for pages a site's developers
   * write, when site.json opts in with `fullMdxPages`; never for stories.
   */
  fullMdx?: boolean | undefined;
  /** The MDX file (absolute) and `content/` (absolute): images must be files inside it. */
  location?: { file: string; contentDir: string } | undefined;
  /**
   * Told of every image URL the URL rule accepts, where `location` is not given: the caller
   * checks the files later (an analysis cached by the body's text cannot know the disk).
   */
  onImage?: ((url: string, where: { line: number; column: number }) => void) | undefined;
}

/** One thing the MDX may not contain, at its line and column. */
export interface PolicyViolation {
  line: number;
  column: number;
  /** What is at fault, as authors read it: `<iframe>`, `{expression}`, `import`, `<a href>`. */
  subject: string;
  message: string;
}

interface AnyNode extends Node {
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { estree?: { body?: unknown[] } | null } & Node['data'];
}

const at = (node: AnyNode) => ({
  line: node.position?.start.line ?? 0,
  column: node.position?.start.column ?? 0,
});

/** Whether an `{…}` expression holds nothing but comments (`{/* note *\/}`), which is allowed. */
function onlyComments(node: AnyNode): boolean {
  const body = node.data?.estree?.body;
  if (Array.isArray(body)) return body.length === 0;
  const text = typeof node.value === 'string' ? node.value : '';
  return text.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

function elementViolations(node: AnyNode, options: PolicyOptions): PolicyViolation[] {
  const name = node.name;
  const where = at(node);
  if (name === null || name === undefined) {
    return [
      { ...where, subject: '<>', message: 'expected a named element, found a fragment (<>…</>)' },
    ];
  }
  const subject = `<${name}>`;
  const isComponent = /^[A-Z]/.test(name);
  if (!isComponent && !/^[a-z][a-z0-9]*$/.test(name)) {
    return [
      {
        ...where,
        subject,
        message: `expected an HTML element or an author component, found <${name}>`,
      },
    ];
  }
  const violations: PolicyViolation[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      violations.push({
        ...where,
        subject,
        message: 'expected attributes written name="value", found a spread {…}',
      });
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      violations.push({
        ...where,
        subject,
        message: `${attributeName}: expected a plain "text" value, found an {expression}; write ${attributeName}="…"`,
      });
    }
  }
  if (isComponent) {
    const spec = options.components[name];
    const children = (node as Partial<Parent>).children ?? [];
    if (spec?.selfClosing === true && children.length > 0) {
      violations.push({
        ...where,
        subject,
        message: `expected no content inside <${name}> (it would not be shown), found some; end it with />, as in <${name} … />`,
      });
    }
    for (const attribute of node.attributes ?? []) {
      if (
        attribute.type === 'mdxJsxAttribute' &&
        typeof attribute.value === 'string' &&
        attribute.value.trim() === ''
      ) {
        const required = spec?.required.includes(attribute.name ?? '') === true;
        violations.push({
          ...where,
          subject,
          message: `${attribute.name ?? ''}: expected a value, found an empty one${required ? '' : '; leave the attribute out instead'}`,
        });
      }
    }
    return violations;
  }
  if (activeElements.has(name)) {
    return [
      ...violations,
      {
        ...where,
        subject,
        message: `expected text, links and pictures only, found <${name}>, which can load or run content; stories and pages cannot contain it`,
      },
    ];
  }
  const allowed = allowedHtmlElements[name];
  if (name === 'img') {
    return [
      ...violations,
      {
        ...where,
        subject,
        message:
          'expected a Markdown image, found <img>; write ![what the image shows](./photo.jpg), which is resized and checked',
      },
    ];
  }
  if (name === 'h1') {
    return [
      ...violations,
      {
        ...where,
        subject,
        message: 'expected headings from ## (h2) down, found <h1>: the title is the page’s only h1',
      },
    ];
  }
  if (allowed === undefined) {
    const components = Object.keys(options.components);
    const component = components.find((known) => known.toLowerCase() === name.toLowerCase());
    const html = closestMatch(name, Object.keys(allowedHtmlElements));
    const hint =
      component !== undefined
        ? `; did you mean <${component}>? Author components start with a capital letter`
        : html === undefined
          ? '; see the allowed elements in docs/content-model.md'
          : `; did you mean <${html}>?`;
    return [...violations, { ...where, subject, message: `unknown element <${name}>${hint}` }];
  }
  for (const attribute of node.attributes ?? []) {
    const attributeName = attribute.name ?? '';
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (/^on/i.test(attributeName)) {
      violations.push({
        ...where,
        subject,
        message: `${attributeName}: expected no event handler (it would run script in readers' browsers), found ${attributeName}`,
      });
    } else if (
      !(globalHtmlAttributes as readonly string[]).includes(attributeName) &&
      !allowed.includes(attributeName)
    ) {
      const known = [...globalHtmlAttributes, ...allowed];
      violations.push({
        ...where,
        subject,
        message: `${attributeName}: unknown attribute of <${name}>; expected ${known.join(', ')}`,
      });
    } else if (urlAttributes.has(attributeName) && typeof attribute.value === 'string') {
      const problem = urlProblem(attribute.value);
      if (problem !== undefined)
        violations.push({ ...where, subject, message: `${attributeName}: ${problem}` });
    }
  }
  return violations;
}

/** A Markdown image: the URL rule, and a local image file inside content/ (see local-images). */
function imageViolations(
  url: string,
  where: { line: number; column: number },
  options: PolicyOptions,
): PolicyViolation[] {
  const problem =
    urlProblem(url) ??
    (options.location === undefined
      ? undefined
      : localImageProblem(url, options.location.file, options.location.contentDir));
  if (problem === undefined && options.location === undefined) options.onImage?.(url, where);
  return problem === undefined ? [] : [{ ...where, subject: 'image', message: problem }];
}

function nodeViolations(node: AnyNode, options: PolicyOptions): PolicyViolation[] {
  const where = at(node);
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = String(node.value).trimStart().startsWith('export') ? 'export' : 'import';
      return [
        {
          ...where,
          subject: keyword,
          message: `expected Markdown and author components only, found an ${keyword} statement; remove the line${keyword === 'import' ? ' (author components need no import)' : ''}`,
        },
      ];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return onlyComments(node)
        ? []
        : [
            {
              ...where,
              subject: '{expression}',
              message: `expected text, found a JavaScript expression {${String(node.value).trim().slice(0, 40)}}; write the text itself, use <KeyFigure> for a number, or write \\{ for a literal brace`,
            },
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementViolations(node, options);
    case 'heading':
      return (node as AnyNode & { depth?: number }).depth === 1
        ? [
            {
              ...where,
              subject: '#',
              message:
                'expected headings from ## down, found a # heading: the title is the page’s only top heading; write ## instead',
            },
          ]
        : [];
    case 'image':
      return imageViolations(node.url ?? '', where, options);
    case 'link':
    case 'definition': {
      const problem = urlProblem(node.url ?? '');
      return problem === undefined ? [] : [{ ...where, subject: 'link', message: problem }];
    }
    default:
      return [];
  }
}

/**
 * What an MDX tree (mdast, as `@mdx-js/mdx` or Astro's MDX parse it) contains that authors may
 * not write: `import`/`export`, JavaScript expressions (comments are fine), `{…}` attribute values
 * and spreads, fragments, elements that load or run content, HTML elements outside
 * `allowedHtmlElements`, unknown attributes, event handlers, and URLs the URL rule refuses.
 * Empty with `fullMdx`, except for URLs, which no page may break. In document order.
 */
export function mdxPolicyViolations(tree: Node, options: PolicyOptions): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  // `![x][ref]` takes its file from `[ref]: …`: such a definition is an image, checked as one.
  const imageIds = new Set<string>();
  const collect = (node: AnyNode & { identifier?: string }) => {
    if (node.type === 'imageReference' && node.identifier !== undefined)
      imageIds.add(node.identifier.toLowerCase());
    for (const child of (node as Partial<Parent>).children ?? []) collect(child as AnyNode);
  };
  collect(tree as AnyNode);
  const walk = (node: AnyNode & { identifier?: string }) => {
    const found =
      node.type === 'definition' && imageIds.has((node.identifier ?? '').toLowerCase())
        ? imageViolations(node.url ?? '', at(node), options)
        : nodeViolations(node, options);
    violations.push(
      ...(options.fullMdx === true
        ? found.filter(({ subject }) => subject === 'link' || subject === 'image')
        : found),
    );
    for (const child of (node as Partial<Parent>).children ?? []) walk(child as AnyNode);
  };
  walk(tree as AnyNode);
  return violations;
}
