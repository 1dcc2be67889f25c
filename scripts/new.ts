// `npm run new [story|dataset|partner|programme] -- [--flags]`: a new content file from a
// template (src/lib/scaffold/run.ts). Asks in a terminal; without one, takes flags only.
import { contentDir } from '../src/lib/content/content-dir.ts';
import { runNew } from '../src/lib/scaffold/run.ts';
import { today } from '../src/lib/today.ts';

process.exitCode = await runNew(process.argv.slice(2), {
  contentDir: contentDir(),
  today: today(),
  interactive: process.stdin.isTTY && process.stdout.isTTY,
  output: process.stdout,
  errors: process.stderr,
});
