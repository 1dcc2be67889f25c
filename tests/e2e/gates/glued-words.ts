import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

/** Inline elements whose text runs on with the text around them, as a reader sees it. */
const inlineTags = 'a, abbr, code, em, mark, strong, time';

/** A letter or digit: two of these with nothing between them read as one word. */
const wordEnd = /[\p{L}\p{N}]$/u;
const wordStart = /^[\p{L}\p{N}]/u;

/** The text a node shows, with character references resolved and spaces collapsed. */
function shownText(node: Node): string {
  return node.text.replace(/\s+/g, ' ');
}

/**
 * Words glued to an inline element in one HTML document: text that ends in a letter or digit
 * right before the element whose text starts with one (`browse<a>all stories</a>`), and the
 * same after it (`<a>data</a>sets`). Punctuation or a space between them is fine.
 * @returns each join as `…before|element text|after…`, at most 30 characters each side
 */
export function gluedWords(html: string): string[] {
  const body = parse(html).querySelector('body');
  if (body === null) return [];
  const found: string[] = [];
  for (const element of body.querySelectorAll(inlineTags)) {
    const inner = shownText(element);
    const before = textSibling(element, 'previous');
    const after = textSibling(element, 'next');
    const gluedBefore = before !== undefined && wordEnd.test(before) && wordStart.test(inner);
    const gluedAfter = after !== undefined && wordStart.test(after) && wordEnd.test(inner);
    if (gluedBefore || gluedAfter)
      found.push(`${(before ?? '').slice(-30)}|${inner}|${(after ?? '').slice(0, 30)}`);
  }
  return found;
}

/** The text node right before or after an element, if the sibling there is text. */
function textSibling(element: HTMLElement, side: 'previous' | 'next'): string | undefined {
  const siblings = element.parentNode?.childNodes ?? [];
  const index = siblings.indexOf(element);
  const sibling = siblings[side === 'previous' ? index - 1 : index + 1];
  return sibling?.nodeType === NodeType.TEXT_NODE ? shownText(sibling) : undefined;
}

/** `gluedWords` of every page of a built site, as `page: join`. */
export function gluedWordsInSite(dir: string, pages: readonly string[]): string[] {
  return pages.flatMap((page) => {
    const file = path.join(dir, page.endsWith('.html') ? page : path.join(page, 'index.html'));
    return gluedWords(readFileSync(file, 'utf8')).map((join) => `${page}: ${join}`);
  });
}
