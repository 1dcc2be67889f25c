import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype drops raw HTML unless told otherwise, so author text can never inject markup.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

/** Markdown from a dataset field (methodology) as HTML, with any raw HTML left out. */
export function renderSafeMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
