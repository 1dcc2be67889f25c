// The check and the build parse MDX alike: every MDX file of the example site and the fixtures,
// and inputs that trip authors up, are accepted or refused by both parsers the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { remarkContentPolicy } from '../../src/integrations/mdx-policy.ts';
import { mdxProcessor } from '../../src/lib/mdx/analysis.ts';

// Astro builds its MDX processor in a module its package does not export; load it by file.
const require = createRequire(import.meta.url);
const astroProcessorFile = path.join(
  path.dirname(require.resolve('@astrojs/markdown-remark')),
  'mdx',
  'create-processor.js',
);
const { createMdxProcessor } = (await import(pathToFileURL(astroProcessorFile).href)) as {
  createMdxProcessor: (
    options: Record<string, unknown>,
    extra: { sourcemap: boolean },
  ) => { parse: (text: string) => unknown };
};
const astroProcessor = createMdxProcessor(
  {
    syntaxHighlight: false,
    shikiConfig: {},
    gfm: true,
    smartypants: true,
    remarkPlugins: [],
    rehypePlugins: [],
    remarkRehype: {},
    recmaPlugins: [],
    optimize: false,
  },
  { sourcemap: false },
);

const accepts = (parse: (text: string) => unknown, text: string) => {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
};

const mdxFiles = [
  'content',
  'tests/fixtures/valid-site/content',
  'tests/fixtures/invalid-site/content',
].flatMap((root) =>
  ['stories', 'pages'].flatMap((folder) => {
    const dir = path.join(root, folder);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => path.join(dir, name));
  }),
);

const tricky = [
  'Attendance is <80% this year.',
  'Attendance is \\<80% and &lt;90%.',
  '<KeyFigure dataset="x" period="2025" label="y"> without a slash',
  '<!-- an HTML comment -->',
  'A { brace',
  '| a | b |\n| - | - |\n| <KeyFigure dataset="x" period="2025" label="y" /> | 2 |',
  'www.example.com and https://example.com and ~~struck~~ and [^1]\n\n[^1]: A note.',
  '- [ ] a task\n- [x] done',
  '"Quotes" -- and ... smart',
  'Text with a URL <https://example.com> in angle brackets',
];

describe('the check parses MDX as Astro’s MDX compiler does', () => {
  test.each(mdxFiles)('%s', (file) => {
    const { content } = parseFrontmatter(readFileSync(file, 'utf8'), {
      frontmatter: 'empty-with-lines',
    });
    expect(accepts((text) => mdxProcessor.parse(text), content)).toBe(
      accepts((text) => astroProcessor.parse(text), content),
    );
  });

  test.each(tricky)('%s', (text) => {
    expect(accepts((t) => mdxProcessor.parse(t), text)).toBe(
      accepts((t) => astroProcessor.parse(t), text),
    );
  });

  test('both see the same elements: GFM tables, autolinks and footnotes included', () => {
    const text = tricky[6] ?? '';
    const types = (tree: unknown) => JSON.stringify(tree, ['type', 'children']);
    expect(types(mdxProcessor.parse(text))).toBe(types(astroProcessor.parse(text)));
  });
});

test('the site compiles MDX with that processor, running the content policy', async () => {
  const { default: config } = (await import('../../astro.config.mjs')) as {
    default: {
      markdown?: { processor?: { name: string; options?: { remarkPlugins?: unknown[] } } };
    };
  };
  const processor = config.markdown?.processor;
  expect(processor?.name).toBe('unified');
  const plugins = (processor?.options?.remarkPlugins ?? []).map((entry): unknown =>
    Array.isArray(entry) ? (entry as unknown[])[0] : entry,
  );
  expect(plugins).toContain(remarkContentPolicy);
});
