import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content/content-dir.ts';
import { isError } from '../lib/content/problem.ts';
import { formatReport } from '../lib/content/report.ts';
import { validateContent } from '../lib/content/validate.ts';
import { MdxAnalysisCache } from '../lib/mdx/analysis.ts';
import { buildSettings, buildSettingsPlugin } from './build-settings.ts';

/**
 * Runs the content checks before Astro loads anything: a build with a problem stops before
 * writing a file, with every problem listed; the dev server lists them and keeps running. The
 * MDX analyses the check makes are kept in Astro's cache directory, where the build reads them
 * (`virtual:impact-ledger/build-settings` names the file) instead of parsing every body again.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'impact-ledger:content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const settings = buildSettings(config);
        updateConfig({ vite: { plugins: [buildSettingsPlugin(settings)] } });
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const mdxAnalyses = new MdxAnalysisCache(
          settings.mdxAnalysisFile,
          settings.analyserFingerprint,
        );
        // The site in outDir (before atomicOutput stages the build) is the previous build.
        const { problems, files } = validateContent(contentDir(), {
          mdxAnalyses,
          previousBuild: fileURLToPath(config.outDir),
        });
        mdxAnalyses.save();
        logger.info(
          `content check: ${files} files in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
        if (problems.length === 0) return;
        const report = formatReport(problems, files, { building: command === 'build' });
        if (command === 'dev' || !problems.some(isError)) {
          logger.warn(`content ${problems.some(isError) ? 'problems' : 'warnings'}:\n${report}`);
          return;
        }
        // An exception here would bury the list under Astro's stack trace; nothing has been
        // written yet, so stopping the process is safe and leaves dist/ untouched.
        console.error(
          `${report}\nFix each line, then run \`npm run check\` before building again.`,
        );
        process.exit(1);
      },
    },
  };
}
