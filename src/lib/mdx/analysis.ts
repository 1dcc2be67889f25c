import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { authorComponents } from './author-components.ts';
import { mdxPolicyViolations, type PolicyViolation } from './policy.ts';
import { explainMdxError } from './syntax-errors.ts';
import { proseNumbers, type ProseNumber } from './prose-numbers.ts';

/**
 * The parser Astro's MDX compiler uses (`@astrojs/markdown-remark`: `@mdx-js/mdx` with GFM), so
 * what the check accepts the build accepts; tests/unit/mdx-agreement.test.ts holds them together.
 */
export const mdxProcessor = createProcessor({ remarkPlugins: [remarkGfm] });

/** A JSX element with a capitalised name (a component) in an MDX body. */
export interface MdxElement {
  name: string;
  line: number;
  /** Attributes with a plain string value. */
  attributes: Map<string, string>;
  /** Attributes given as `{expression}`, which cannot be checked before rendering. */
  dynamic: string[];
}

/** What an MDX body holds, as far as the checks and the build need to know. */
export interface MdxAnalysis {
  /** Set when the body does not parse; then nothing else is known. */
  syntaxError?: { line: number | undefined; message: string };
  /** What the content policy refuses (`mdxPolicyViolations`), images on disk apart. */
  violations: PolicyViolation[];
  /** Image URLs the URL rule accepts, whose files are checked against the disk by the caller. */
  images: { url: string; line: number; column: number }[];
  elements: MdxElement[];
  /** Numbers typed into the prose (`proseNumbers`), for the check that binds them to data. */
  numbers: ProseNumber[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const selfClosing = Object.entries(authorComponents).flatMap(([name, spec]) =>
  'selfClosing' in spec ? [name] : [],
);

function elementOf(element: JsxElement): MdxElement {
  const attributes = new Map<string, string>();
  const dynamic: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (typeof attribute.value === 'string') attributes.set(attribute.name, attribute.value);
    else dynamic.push(attribute.name);
  }
  return {
    name: element.name ?? '',
    line: element.position?.start.line ?? 0,
    attributes,
    dynamic,
  };
}

/**
 * Parses an MDX body once and keeps what the checks and the build use: the syntax error, the
 * policy's violations, image URLs and every component element. A pure function of the text and
 * `fullMdx` (a page whose site allows full MDX), so it can be cached by both.
 */
export function analyseMdx(body: string, fullMdx = false): MdxAnalysis {
  let tree;
  try {
    tree = mdxProcessor.parse(body);
  } catch (error) {
    const { line, message } = explainMdxError(error, selfClosing);
    return {
      syntaxError: { line, message },
      violations: [],
      images: [],
      elements: [],
      numbers: [],
    };
  }
  const images: MdxAnalysis['images'] = [];
  const violations = mdxPolicyViolations(tree, {
    components: authorComponents,
    fullMdx,
    onImage: (url, where) => images.push({ url, ...where }),
  });
  const elements: MdxElement[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== null && /^[A-Z]/.test(node.name)) elements.push(elementOf(node));
  });
  return { violations, images, elements, numbers: proseNumbers(tree) };
}

/** An analysis as JSON (attribute maps as entry lists). */
type StoredAnalysis = Omit<MdxAnalysis, 'elements'> & {
  elements: (Omit<MdxElement, 'attributes'> & { attributes: [string, string][] })[];
};

const store = (analysis: MdxAnalysis): StoredAnalysis => ({
  ...analysis,
  elements: analysis.elements.map((element) => ({
    ...element,
    attributes: [...element.attributes],
  })),
});

/** A stored analysis (of a body without syntax errors) of a body that had `offset` more lines at its top. */
const restore = (stored: StoredAnalysis, offset: number): MdxAnalysis => ({
  violations: stored.violations.map((violation) => ({
    ...violation,
    line: violation.line + offset,
  })),
  images: stored.images.map((image) => ({ ...image, line: image.line + offset })),
  numbers: stored.numbers.map((number) => ({ ...number, line: number.line + offset })),
  elements: stored.elements.map((element) => ({
    ...element,
    line: element.line + offset,
    attributes: new Map(element.attributes),
  })),
});

/**
 * Analyses of MDX bodies by the SHA-256 of their text, kept in one JSON file between runs, so
 * a rebuild parses only the stories that changed, and the build reads the analyses the content
 * check made instead of parsing every body again. `version` (the analysing code's fingerprint)
 * is part of every key: a change to the parser or the policy analyses everything again.
 */
export class MdxAnalysisCache {
  readonly #file: string | undefined;
  readonly #version: string;
  readonly #stored = new Map<string, StoredAnalysis>();
  readonly #used = new Map<string, StoredAnalysis>();
  #changed = false;

  /** `file`: where the cache is kept; none keeps it in memory only. */
  constructor(file: string | undefined, version: string) {
    this.#file = file;
    this.#version = version;
    if (file === undefined || !existsSync(file)) return;
    try {
      const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, StoredAnalysis>;
      for (const [key, value] of Object.entries(entries)) this.#stored.set(key, value);
    } catch {
      // A damaged cache is only a slower run: everything is analysed again.
    }
  }

  /**
   * The analysis of `body`, from the cache or made now. Blank lines at the top and white space
   * at the end are not part of the key (the check blanks the front matter to keep line numbers,
   * Astro's entry body drops it and trims); lines are counted from the top of `body` as given.
   */
  analyse(body: string, fullMdx = false): MdxAnalysis {
    const top = /^(?:[ \t]*\n)*/.exec(body)?.[0] ?? '';
    const text = body.slice(top.length).trimEnd();
    const offset = top.split('\n').length - 1;
    const key = createHash('sha256')
      .update(`${this.#version}\0${String(fullMdx)}\0${text}`)
      .digest('hex');
    let stored = this.#used.get(key) ?? this.#stored.get(key);
    if (stored === undefined) {
      stored = store(analyseMdx(text, fullMdx));
      this.#changed = true;
    }
    this.#used.set(key, stored);
    // The parser's message of a syntax error names lines of the text it read: parse this body
    // itself (a rare case, which stops the build anyway).
    if (stored.syntaxError !== undefined) return analyseMdx(body, fullMdx);
    return restore(stored, offset);
  }

  /**
   * Writes the analyses used since the cache was opened (others are dropped, so the file never
   * grows past the site), through a temporary file and a rename. Nothing happens in memory-only
   * mode or when nothing was analysed anew.
   */
  save(): void {
    if (this.#file === undefined) return;
    if (!this.#changed && this.#used.size === this.#stored.size) return;
    mkdirSync(path.dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(Object.fromEntries(this.#used)));
    renameSync(partial, this.#file);
  }
}
