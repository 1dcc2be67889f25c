import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { urlProblem } from './urls.ts';

/**
 * GitHub's sanitising schema (hast-util-sanitize's default), tightened to the project's URL
 * rule: links may only go to http(s) and mailto: addresses or relative ones (`/about/`, `#x`),
 * pictures and citations only come from http(s) or relative addresses. Anything else —
 * `javascript:`, `vbscript:`, `data:`, `irc:`… — loses its `href`/`src`, in any letter case and
 * however the author hid it (entities, tabs), as the library reads the URL after Markdown has
 * decoded it.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

// No raw HTML ever: remark-rehype leaves it out (no `allowDangerousHtml`), and rehype-sanitize
// would drop any that got through, with every event handler and unsafe URL.
const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

const parser = unified().use(remarkParse);

/** Markdown from a dataset field (methodology) as sanitised HTML, with any raw HTML left out. */
export function renderSafeMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** A URL in a Markdown field that the URL rule refuses. */
export interface MarkdownUrlProblem {
  /** Line within the field, from 1. */
  line: number;
  /** The URL as the reader's browser would get it (entities and escapes decoded). */
  url: string;
  /** `urlProblem`'s message. */
  message: string;
}

/**
 * Every link, image and link reference definition (`[1]: …`) URL of a Markdown field that
 * `urlProblem` refuses, in document order, so that the check tells authors what the rendering
 * would silently unlink. Raw HTML is not looked at: it is never rendered.
 */
export function markdownUrlProblems(markdown: string): MarkdownUrlProblem[] {
  const problems: MarkdownUrlProblem[] = [];
  visit(parser.parse(markdown), (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const message = urlProblem(node.url);
    if (message !== undefined)
      problems.push({ line: node.position?.start.line ?? 1, url: node.url, message });
  });
  return problems;
}

/**
 * Raw HTML in Markdown (`<details>`, `<br>`), which the rendering leaves out: each with the
 * line it is on, so the check can say so instead of the page silently losing text.
 */
export function markdownRawHtml(markdown: string): { line: number; html: string }[] {
  const found: { line: number; html: string }[] = [];
  visit(parser.parse(markdown), 'html', (node) => {
    const html = node.value.trim();
    found.push({
      line: node.position?.start.line ?? 1,
      html: html.length > 40 ? `${html.slice(0, 39)}…` : html,
    });
  });
  return found;
}
