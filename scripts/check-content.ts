// `npm run check`: validates the content without rendering a page; exits 1 on any problem.
// `npm run check -- --consent` also lists the consents that end within 90 days.
// MDX analyses are shared with the build (Astro's cache folder), so an unchanged story is not
// parsed again.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyserFingerprint } from '../src/lib/code-fingerprint.ts';
import { consentNoticeDays, expiringConsents } from '../src/lib/checks/consent-expiry.ts';
import { formatConsentReport } from '../src/lib/content/consent-report.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { siteCacheDir, tidySiteCaches } from '../src/lib/content/site-cache.ts';
import { isError } from '../src/lib/content/problem.ts';
import { formatReport } from '../src/lib/content/report.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { MdxAnalysisCache } from '../src/lib/mdx/analysis.ts';
import { today } from '../src/lib/today.ts';

let options: { consent?: boolean | undefined };
try {
  options = parseArgs({ options: { consent: { type: 'boolean' } } }).values;
} catch {
  console.error(
    `Unknown option: ${process.argv.slice(2).join(' ')}. Use npm run check, or npm run check -- --consent to list consents that end soon.`,
  );
  process.exit(2);
}

const cacheDir = siteCacheDir();
mkdirSync(cacheDir, { recursive: true });
tidySiteCaches(cacheDir);
const mdxAnalyses = new MdxAnalysisCache(
  path.join(cacheDir, 'impact-ledger-mdx.json'),
  analyserFingerprint(),
);
const day = today();
// The last build in dist/ says which pages were published: each must stay or be redirected.
const { content, problems, files } = validateContent(contentDir(), {
  today: day,
  mdxAnalyses,
  previousBuild: path.resolve('dist'),
});
mdxAnalyses.save();
const failed = problems.some(isError);
const print = (text: string) => (failed ? console.error(text) : console.log(text));
print(formatReport(problems, files));
if (options.consent === true) {
  const expiring = expiringConsents(content.stories, day, consentNoticeDays);
  print(`\n${formatConsentReport(expiring, day, consentNoticeDays)}`);
}
process.exitCode = failed ? 1 : 0;
