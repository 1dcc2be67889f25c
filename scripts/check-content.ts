// `npm run check`: validates the content without rendering a page; exits 1 on any problem.
import { contentDir } from '../src/lib/content/content-dir.ts';
import { isError } from '../src/lib/content/problem.ts';
import { formatReport } from '../src/lib/content/report.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const { problems, files } = validateContent(contentDir());
const failed = problems.some(isError);
console[failed ? 'error' : 'log'](formatReport(problems, files));
process.exitCode = failed ? 1 : 0;
