// MDX bodies are parsed once: analyses are kept by the text's hash between runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { componentUsages } from '../../src/lib/checks/mdx-components.ts';
import { analyseMdx, MdxAnalysisCache } from '../../src/lib/mdx/analysis.ts';

const dirs: string[] = [];
const cacheFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-mdx-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'mdx.json');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const story = 'We planted trees.\n\n<ImpactChart dataset="trees-planted" type="line" />\n';

/** Rewrites every stored `trees-planted` to `edited`, to tell a cache hit from a new parse. */
const tamper = (file: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('trees-planted', 'edited'));

describe('MDX analyses', () => {
  test('hold the components, their lines and attributes; a syntax error with its line', () => {
    const analysis = analyseMdx(story);
    expect(componentUsages(analysis)).toEqual([
      {
        name: 'ImpactChart',
        attributes: new Map([
          ['dataset', 'trees-planted'],
          ['type', 'line'],
        ]),
      },
    ]);
    expect(analysis.elements[0]?.line).toBe(3);
    expect(analyseMdx('Text\n\n<Callout>\nnot closed').syntaxError?.line).toBe(3);
  });

  test('a second run reads the analysis from the file instead of parsing again', () => {
    const file = cacheFile();
    const first = new MdxAnalysisCache(file, 'v1');
    first.analyse(story);
    first.save();
    tamper(file);
    const attributes = new MdxAnalysisCache(file, 'v1').analyse(story).elements[0]?.attributes;
    expect(attributes?.get('dataset')).toBe('edited');
  });

  test('another analyser version or fullMdx flag parses again', () => {
    const file = cacheFile();
    const first = new MdxAnalysisCache(file, 'v1');
    first.analyse(story);
    first.save();
    tamper(file);
    const dataset = (cache: MdxAnalysisCache, fullMdx = false) =>
      cache.analyse(story, fullMdx).elements[0]?.attributes.get('dataset');
    expect(dataset(new MdxAnalysisCache(file, 'v2'))).toBe('trees-planted');
    expect(dataset(new MdxAnalysisCache(file, 'v1'), true)).toBe('trees-planted');
  });

  test('saving keeps only the analyses used in the run; a damaged file is analysed anew', () => {
    const file = cacheFile();
    const first = new MdxAnalysisCache(file, 'v1');
    first.analyse(story);
    first.analyse('Another story.');
    first.save();
    const second = new MdxAnalysisCache(file, 'v1');
    second.analyse(story);
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toHaveLength(1);
    writeFileSync(file, '{"trunc');
    expect(new MdxAnalysisCache(file, 'v1').analyse(story).elements).toHaveLength(1);
  });
});

test('a body with its front matter blanked and the same body without it share one analysis', () => {
  const file = cacheFile();
  const cache = new MdxAnalysisCache(file, 'v1');
  const blanked = cache.analyse(`\n\n\n\n${story}`);
  cache.save();
  tamper(file);
  const dropped = new MdxAnalysisCache(file, 'v1').analyse(`\n${story.trimEnd()}`);
  // The same stored analysis (tampered), with lines counted from each body's own top.
  expect(dropped.elements[0]?.attributes.get('dataset')).toBe('edited');
  expect(blanked.elements[0]?.line).toBe(7);
  expect(dropped.elements[0]?.line).toBe(4);
});
