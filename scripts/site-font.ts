// `npm run font`: cuts the site's web font files (src/fonts/) from the installed Inter package.
// Run it after updating @fontsource-variable/inter; tests/unit/site-font.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteFontSubset, siteFontSubsets } from '../src/lib/site-font.ts';

for (const subset of siteFontSubsets) {
  const bytes = await siteFontSubset(subset);
  const file = path.resolve('src/fonts', subset.file);
  writeFileSync(file, bytes);
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB`);
}
