import { parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

/** `people[0].consent.expires` → `['people', 0, 'consent', 'expires']`. */
function pathKeys(fieldPath: string): (string | number)[] {
  return [...fieldPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key ?? '') : Number(index),
  );
}

/**
 * The line (1-based, in the whole file) of `fieldPath` in the YAML front matter of an MDX file
 * `text`, or of its nearest ancestor that is there (a missing `people[0].consent` points at
 * `people[0]`); undefined without front matter or when not even the first key is there.
 */
export function frontMatterLine(text: string, fieldPath: string): number | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (match === null) return undefined;
  const yaml = match[1] ?? '';
  const document = parseDocument(yaml, { uniqueKeys: false });
  const keys = pathKeys(fieldPath);
  for (let length = keys.length; length > 0; length -= 1) {
    const node: unknown = document.getIn(keys.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range !== undefined) return yaml.slice(0, range[0]).split('\n').length + 1;
  }
  return undefined;
}

/**
 * `problems` with the line of their field added to the file of each front-matter problem of an
 * MDX file (`content/stories/x.mdx` → `content/stories/x.mdx:9`), so the preview and the report
 * point at it as they do at the body's lines. `texts` are the MDX files' text by file.
 */
export function withFrontMatterLines(
  problems: readonly Problem[],
  texts: ReadonlyMap<string, string>,
): Problem[] {
  return problems.map((problem) => {
    const text = texts.get(problem.file);
    if (text === undefined || problem.path === '' || problem.path === 'front matter')
      return problem;
    const line = frontMatterLine(text, problem.path);
    return line === undefined ? problem : { ...problem, file: `${problem.file}:${line}` };
  });
}
