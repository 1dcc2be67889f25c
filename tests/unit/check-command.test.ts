// `npm run check`, as authors run it: exit code and the exact report.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

function check(contentDir: string) {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, IMPACT_LEDGER_CONTENT: contentDir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check', () => {
  test('the example site passes', () => {
    const run = check('content');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Content OK: \d+ files checked, no problems\.\n$/);
    expect(run.status).toBe(0);
  });

  test('the valid fixture passes', () => {
    expect(check('tests/fixtures/valid-site/content')).toEqual({
      status: 0,
      stdout: 'Content OK: 12 files checked, no problems.\n',
      stderr: '',
    });
  });

  test('the invalid fixture prints every problem at once and exits 1', () => {
    const run = check('tests/fixtures/invalid-site/content');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: observations[3].value: expected a number, found "12a"
      content/datasets/mentees.json: programme: unknown programme "mentorng": there is no content/programmes/mentorng.json; did you mean "mentoring"?
      content/datasets/mentees.json: observations[1].value: expected a whole number ≥ 0, found 31.5
      content/datasets/mentees.json: methodology: line 5 of the text: expected Markdown, found HTML (<script>alert('raw html is never render…), which is not shown; write it in Markdown (a blank line for a new paragraph, - for a list)
      content/datasets/recycling.json: observations[4].period: expected one value per series and period, found a second value for "2025-Q4" (the first is observations[3])
      content/datasets/recycling.json: measure.unit.currency: expected an ISO 4217 currency code such as "RON" for a currency unit, found nothing
      content/datasets/recycling.json: verification.by: expected who checked the figures (required for "externally-assured"), found nothing
      content/datasets/recycling.json: verification.date: expected the date of the check (required for "externally-assured"), found nothing
      content/partners/youth-ngo.json: website: expected an absolute http(s) URL such as "https://example.org" (a javascript: URL could run code or hide content), found "javascript:alert(1)"
      content/programmes/mentoring.json: pillar: expected one of "education", "health", "environment", "community", found "educaton"; did you mean "education"?
      content/programmes/mentoring.json: sdgTargets[1]: expected one of the 169 SDG targets, found "4.9"; goal 4 has 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.a, 4.b, 4.c
      content/stories/first-jobs.mdx:27: <KeyFigure>: dataset: unknown dataset "recyling": there is no content/datasets/recyling.json; did you mean "recycling"?

      12 problems in 5 files.
      "
    `);
  });
});
