// `astro build` through Astro's JavaScript API, which is what the CLI calls, plus the one option the
// CLI has no flag for: the cache folder. The benchmark gives each site its own output and cache
// folders in a temporary directory, so a cold build is really cold and the project's dist/ and
// node_modules/.astro/ (another build's chart cache) are left alone.
//
// node scripts/bench/astro-build.ts <root> <outDir> <cacheDir>
import { build } from 'astro';
import path from 'node:path';

const [root, outDir, cacheDir] = process.argv.slice(2).map((arg) => path.resolve(arg));
if (root === undefined || outDir === undefined || cacheDir === undefined) {
  console.error('usage: node scripts/bench/astro-build.ts <root> <outDir> <cacheDir>');
  process.exit(2);
}
try {
  await build({ root, outDir, cacheDir });
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
