// `npm run check`: validates the content without rendering a page; exits 1 on any problem.
// MDX analyses are shared with the build (Astro's cache folder), so an unchanged story is not
// parsed again.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { analyserFingerprint } from '../src/lib/code-fingerprint.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { siteCacheDir, tidySiteCaches } from '../src/lib/content/site-cache.ts';
import { isError } from '../src/lib/content/problem.ts';
import { formatReport } from '../src/lib/content/report.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { MdxAnalysisCache } from '../src/lib/mdx/analysis.ts';

const cacheDir = siteCacheDir();
mkdirSync(cacheDir, { recursive: true });
tidySiteCaches(cacheDir);
const mdxAnalyses = new MdxAnalysisCache(
  path.join(cacheDir, 'impact-ledger-mdx.json'),
  analyserFingerprint(),
);
// The last build in dist/ says which pages were published: each must stay or be redirected.
const { problems, files } = validateContent(contentDir(), {
  mdxAnalyses,
  previousBuild: path.resolve('dist'),
});
mdxAnalyses.save();
const failed = problems.some(isError);
console[failed ? 'error' : 'log'](formatReport(problems, files));
process.exitCode = failed ? 1 : 0;
