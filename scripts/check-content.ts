// `npm run check`: validates the content without rendering a page; exits 1 on any problem.
import { contentDir } from '../src/lib/content/content-dir.ts';
import { formatReport } from '../src/lib/content/report.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const { problems, files } = validateContent(contentDir());
console[problems.length === 0 ? 'log' : 'error'](formatReport(problems, files));
process.exitCode = problems.length === 0 ? 0 : 1;
