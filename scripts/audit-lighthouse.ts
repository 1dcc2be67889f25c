// `npm run audit:lighthouse`: Lighthouse (mobile) on the home page, a story and a dataset page of
// dist/; prints the four scores and exits 1 when any is under 90. Lighthouse itself exits 0
// whatever the score, so the threshold is checked here.
import { belowThreshold, lighthouseScores, scoreTable } from '../tests/e2e/gates/lighthouse.ts';
import { listPages, pageType } from '../tests/e2e/gates/pages.ts';
import { serveStatic } from '../tests/e2e/gates/serve.ts';

const threshold = 90;
const pages = listPages('dist');
const routes = (['home', 'story', 'dataset'] as const).map((type) => {
  const route = pages.find((candidate) => pageType(candidate) === type);
  if (route === undefined) throw new Error(`dist/ has no ${type} page; run npm run build first`);
  return route;
});

const server = await serveStatic('dist');
try {
  const results = await lighthouseScores(server.url, routes);
  console.log(scoreTable(results));
  const failures = belowThreshold(results, threshold);
  if (failures.length > 0) {
    console.error(`\nUnder ${threshold}:\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nEvery score is at least ${threshold} (the goal is 100).`);
  }
} finally {
  await server.close();
}
