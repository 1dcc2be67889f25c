import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { authorComponents } from '../lib/mdx/author-components.ts';
import { mdxPolicyViolations } from '../lib/mdx/policy.ts';

/** Options of the remark plugin: where pages live, and whether they may use full MDX. */
export interface ContentPolicyOptions {
  /** Absolute path of `content/pages/`. */
  pagesDir: string;
  /** site.json's `fullMdxPages`. */
  fullMdxPages: boolean;
  /** Absolute path of `content/`: images must be files inside it. */
  contentDir: string;
}

/**
 * A remark plugin for Astro's MDX compiler that refuses what `npm run check` refuses
 * (`mdxPolicyViolations`), so nothing an author writes is compiled into code even where the
 * check did not run first (the dev server): the first violation stops the file with its line.
 */
export function remarkContentPolicy(options: ContentPolicyOptions) {
  return (tree: Node, file: VFile) => {
    const inPages = path
      .resolve(file.path)
      .startsWith(`${path.resolve(options.pagesDir)}${path.sep}`);
    const violations = mdxPolicyViolations(tree, {
      components: authorComponents,
      fullMdx: options.fullMdxPages && inPages,
      location: { file: path.resolve(file.path), contentDir: options.contentDir },
    });
    const [first] = violations;
    if (first === undefined) return;
    const where = { line: first.line, column: first.column };
    file.fail(`${first.subject}: ${first.message}`, { place: where, source: 'impact-ledger' });
  };
}
