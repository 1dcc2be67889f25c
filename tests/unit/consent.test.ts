// Consent and safeguarding: who a story may name, quote or show, and the words an author reads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expiringConsents } from '../../src/lib/checks/consent-expiry.ts';
import { formatConsentReport } from '../../src/lib/content/consent-report.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import {
  editedContent,
  fixedToday,
  reportFor,
  validSiteContent,
  type ContentEditor,
} from '../helpers/content-fixture.ts';

const story = 'stories/first-jobs.mdx';
/**
 * The fixture story's one line of people: Andrei Pop, the adult mentee it quotes, and a minor
 * shown in a photo only, whose name the story never prints.
 */
const fixturePeople =
  /^people: .*$/m.exec(readFileSync(path.join(validSiteContent, story), 'utf8'))?.[0] ?? '';

/** The report for the fixture with `people` (YAML lines) instead of its own. */
const reportWithPeople = (people: string, more?: (c: ContentEditor) => void) =>
  reportFor((c) => {
    c.replace(story, fixturePeople, `people:\n${people}`);
    more?.(c);
  });

/** An edit: the fixture story's Quote says it is `by` someone else. */
const quoting = (by: string) => (c: ContentEditor) =>
  c.replace(story, '<Quote by="Andrei Pop" role="Mentee">', `<Quote by="${by}" role="Mentee">`);

describe('consent rules', () => {
  test('the fixture names a person with consent covering the text: no problem', () => {
    expect(reportFor(() => {})).toMatchInlineSnapshot(
      `"Content OK: 12 files checked, no problems."`,
    );
  });

  test('a person named without a consent record', () => {
    expect(reportWithPeople(`  - name: 'Andrei Pop'`)).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:11: people[0].consent: "Andrei Pop" is named in the story without a consent record; expected consent: { date: YYYY-MM-DD, scope: [text], reference: "…" } from the signed form, or set anonymised: true if the name is a pseudonym or first name only

      1 problem in 1 file."
    `);
  });

  test('a quoted person missing from people, with a did-you-mean', () => {
    expect(reportFor(quoting('Andrei Popp'))).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:26: <Quote>: by: "Andrei Popp" is not one of the story's people; did you mean "Andrei Pop"? Otherwise list "Andrei Popp" under people in the front matter, with their consent (or anonymised: true)

      1 problem in 1 file."
    `);
  });

  test('a quoted person far from every listed name, and a story that lists nobody', () => {
    expect(reportFor(quoting('Raluca Bogdan'))).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:26: <Quote>: by: "Raluca Bogdan" is not one of the story's people (Andrei Pop, Zsófia Kertész); list "Raluca Bogdan" under people in the front matter, with their consent (or anonymised: true)

      1 problem in 1 file."
    `);
    expect(reportFor((c) => c.replace(story, `${fixturePeople}\n`, ''))).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:25: <Quote>: by: "Andrei Pop": the story lists no people; list "Andrei Pop" under people in the front matter, with their consent (or anonymised: true)

      1 problem in 1 file."
    `);
  });

  test('names that differ only in case, spacing or diacritics match', () => {
    const people = `  - name: 'Florin Bălan'
    consent: { date: 2025-05-20, scope: [text], reference: 'form 2025-009' }
  - name: 'Ștefan  Ţurcanu'
    consent: { date: 2025-05-20, scope: [text], reference: 'form 2025-010' }`;
    expect(reportWithPeople(people, quoting('florin balan'))).toMatchInlineSnapshot(
      `"Content OK: 12 files checked, no problems."`,
    );
    // Romanian ș and ț, with a comma below or with the older cedilla, are the same letter.
    expect(reportWithPeople(people, quoting(' STEFAN Turcanu '))).toMatchInlineSnapshot(
      `"Content OK: 12 files checked, no problems."`,
    );
  });

  test('a quote by an anonymised person needs no consent record', () => {
    expect(
      reportWithPeople(`  - name: 'Bianca'\n    anonymised: true`, quoting('Bianca')),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });

  test('an anonymised person in a photo still needs consent to the photo', () => {
    expect(
      reportWithPeople(
        `  - name: 'Bianca'\n    anonymised: true\n    shown: [text, photo]`,
        quoting('Bianca'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:11: people[0].consent: "Bianca" is shown in a photo without a consent record; a face identifies a person even under another name; expected consent: { date: YYYY-MM-DD, scope: [photo], reference: "…" } from the signed form, or remove the photo

      1 problem in 1 file."
    `);
  });

  test('a photo without photo consent, and text without text consent', () => {
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    shown: [text, photo]
    consent: { date: 2025-05-20, scope: [text], reference: 'form 2025-007' }`),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:13: people[0].consent.scope: "Andrei Pop" is shown in a photo, but their consent covers text only; expected "photo" in scope: ask for a new consent form, or remove the photo

      1 problem in 1 file."
    `);
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    consent: { date: 2025-05-20, scope: [photo], reference: 'form 2025-007' }`),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:12: people[0].consent.scope: "Andrei Pop" is named in the text, but their consent covers photo only; expected "text" in scope: ask for a new consent form, or anonymise them

      1 problem in 1 file."
    `);
  });

  test('a minor named without a guardian’s consent', () => {
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    minor: true
    consent: { date: 2025-05-20, scope: [text], reference: 'form 2025-007' }`),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:13: people[0].consent.guardian: "Andrei Pop" is a minor named without a parent's or guardian's consent; expected guardian: YYYY-MM-DD, the day a parent or guardian signed the form, or set anonymised: true

      1 problem in 1 file."
    `);
  });

  test('a minor in a photo without a guardian’s consent, even under a first name only', () => {
    expect(
      reportWithPeople(
        `  - name: 'Andrei Pop'
    minor: true
    shown: [photo]
  - name: 'Bianca'
    anonymised: true
    minor: true
    shown: [text, photo]
    consent: { date: 2025-05-20, scope: [photo], reference: 'form 2025-008' }`,
        quoting('Bianca'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:11: people[0].consent: "Andrei Pop" is shown in a photo without a consent record; a face identifies a person even under another name; expected consent: { date: YYYY-MM-DD, scope: [photo], guardian: YYYY-MM-DD, reference: "…" } from the signed form, or remove the photo
      content/stories/first-jobs.mdx:18: people[1].consent.guardian: "Bianca" is a minor shown in a photo without a parent's or guardian's consent; expected guardian: YYYY-MM-DD, the day a parent or guardian signed the form

      2 problems in 1 file."
    `);
  });

  test('a minor with a guardian’s consent, and an anonymised minor in the text only, pass', () => {
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    minor: true
    shown: [text, photo]
    consent: { date: 2025-05-20, scope: [text, photo], guardian: 2025-05-21, reference: 'form 2025-007' }
  - name: 'Bianca'
    anonymised: true
    minor: true`),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });

  test('consent that has expired, or is dated after today', () => {
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    consent: { date: 2023-05-20, scope: [text], expires: 2026-11-27, reference: 'form 2023-007' }
  - name: 'Ana Pop'
    minor: true
    consent: { date: 2026-11-29, scope: [text], guardian: 2026-12-01, reference: 'form 2026-099' }`),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:12: people[0].consent.expires: the consent of "Andrei Pop" ended on 2026-11-27; ask them to sign a new form and update consent, or anonymise "Andrei Pop" or take them out of the story
      content/stories/first-jobs.mdx:15: people[1].consent.date: expected the day the form was signed, not after today (2026-11-28), found 2026-11-29
      content/stories/first-jobs.mdx:15: people[1].consent.guardian: expected the day the form was signed, not after today (2026-11-28), found 2026-12-01

      3 problems in 1 file."
    `);
  });

  test('consent that ends on its last day today still holds; an end before its start does not', () => {
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    consent: { date: 2025-05-20, scope: [text], expires: 2026-11-28, reference: 'form 2025-007' }`),
    ).toMatchInlineSnapshot(`
      "warning: content/stories/first-jobs.mdx: 1 consent ends within 90 days, the first on 2026-11-28 (Andrei Pop); run npm run check -- --consent for the list, then renew each consent or anonymise the person

      Content OK: 12 files checked, no problems; 1 warning."
    `);
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    consent: { date: 2025-05-20, scope: [text], expires: 2025-05-01, reference: 'form 2025-007' }`),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:12: people[0].consent.expires: expected a date after consent.date (2025-05-20), found 2025-05-01

      1 problem in 1 file."
    `);
  });

  test('in a draft, which is never published, the same problems are warnings', () => {
    expect(
      reportWithPeople(
        `  - name: 'Andrei Pop'
    minor: true
    consent: { date: 2023-05-20, scope: [photo], expires: 2026-01-31, reference: 'form 2023-007' }`,
        (c) => {
          c.replace(story, "location: 'Cluj-Napoca'", "location: 'Cluj-Napoca'\ndraft: true");
          quoting('Andrei Popp')(c);
        },
      ),
    ).toMatchInlineSnapshot(`
      "warning: content/stories/first-jobs.mdx:14: people[0].consent.scope: "Andrei Pop" is named in the text, but their consent covers photo only; expected "text" in scope: ask for a new consent form, or anonymise them
      warning: content/stories/first-jobs.mdx:14: people[0].consent.guardian: "Andrei Pop" is a minor named without a parent's or guardian's consent; expected guardian: YYYY-MM-DD, the day a parent or guardian signed the form, or set anonymised: true
      warning: content/stories/first-jobs.mdx:14: people[0].consent.expires: the consent of "Andrei Pop" ended on 2026-01-31; ask them to sign a new form and update consent, or anonymise "Andrei Pop" or take them out of the story
      warning: content/stories/first-jobs.mdx:30: <Quote>: by: "Andrei Popp" is not one of the story's people; did you mean "Andrei Pop"? Otherwise list "Andrei Popp" under people in the front matter, with their consent (or anonymised: true)

      Content OK: 12 files checked, no problems; 4 warnings."
    `);
  });

  test('a mistyped field or scope is explained by the schema', () => {
    expect(
      reportWithPeople(`  - name: 'Andrei Pop'
    anonymized: true
    consent: { date: 2025-05-20, scope: [text, photos], reference: 'form 2025-007' }`),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:12: people[0].anonymized: unknown field; did you mean "anonymised"?
      content/stories/first-jobs.mdx:13: people[0].consent.scope[1]: expected "text" (named or quoted) or "photo" (seen in a photo), found "photos"; did you mean "photo"?

      2 problems in 1 file."
    `);
  });
});

describe('consents that end soon', () => {
  const people = `  - name: 'Andrei Pop'
    consent: { date: 2025-05-20, scope: [text], expires: 2027-02-10, reference: 'form 2025-007' }
  - name: 'Ana Pop'
    shown: [text, photo]
    consent: { date: 2025-05-20, scope: [text, photo], expires: 2026-12-01, reference: 'form 2025-008' }
  - name: 'Ion Pop'
    consent: { date: 2025-05-20, scope: [text], expires: 2027-02-27, reference: 'form 2025-009' }
  - name: 'Bianca'
    anonymised: true`;

  test('the normal check warns in one line, naming the first', () => {
    expect(reportWithPeople(people)).toMatchInlineSnapshot(`
      "warning: content/stories/first-jobs.mdx: 2 consents end within 90 days, the first on 2026-12-01 (Ana Pop); run npm run check -- --consent for the list, then renew each consent or anonymise the person

      Content OK: 12 files checked, no problems; 1 warning."
    `);
  });

  test('the consent report lists them soonest first, with days left, or says plainly none do', () => {
    const { dir, cleanup } = editedContent((c) =>
      c.replace(story, fixturePeople, `people:\n${people}`),
    );
    try {
      const { content } = validateContent(dir, { today: fixedToday });
      expect(formatConsentReport(expiringConsents(content.stories, fixedToday), fixedToday, 90))
        .toMatchInlineSnapshot(`
          "Consent ending within the next 90 days (today is 2026-11-28), soonest first:
            content/stories/first-jobs.mdx: Ana Pop (text, photo): expires 2026-12-01, 3 days left
            content/stories/first-jobs.mdx: Andrei Pop (text): expires 2027-02-10, 74 days left

          Before a consent ends, ask the person to sign a new form and update consent in the story, or anonymise them or take them out of the story."
        `);
      // A week later one has ended (an error of the story too) and a third comes into view.
      expect(formatConsentReport(expiringConsents(content.stories, '2026-12-05'), '2026-12-05', 90))
        .toMatchInlineSnapshot(`
        "Consent ending within the next 90 days (today is 2026-12-05), soonest first:
          content/stories/first-jobs.mdx: Ana Pop (text, photo): expired 2026-12-01, 4 days ago
          content/stories/first-jobs.mdx: Andrei Pop (text): expires 2027-02-10, 67 days left
          content/stories/first-jobs.mdx: Ion Pop (text): expires 2027-02-27, 84 days left

        Before a consent ends, ask the person to sign a new form and update consent in the story, or anonymise them or take them out of the story."
      `);
    } finally {
      cleanup();
    }
    expect(formatConsentReport([], fixedToday, 90)).toMatchInlineSnapshot(
      `"Consent: no consent ends within the next 90 days (today is 2026-11-28)."`,
    );
  });

  test(
    'npm run check -- --consent prints the check, then the list, and exits as the check does',
    { timeout: 120_000 },
    () => {
      const run = (edit: Parameters<typeof editedContent>[0]) => {
        const { dir, cleanup } = editedContent(edit);
        try {
          const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--consent'], {
            env: {
              ...process.env,
              IMPACT_LEDGER_CONTENT: dir,
              // today() reads the reproducible-builds date: the fixture's fixed today.
              SOURCE_DATE_EPOCH: String(Date.parse(`${fixedToday}T12:00:00Z`) / 1000),
            },
            encoding: 'utf8',
          });
          return { status: result.status, stdout: result.stdout, stderr: result.stderr };
        } finally {
          cleanup();
        }
      };
      expect(run((c) => c.replace(story, fixturePeople, `people:\n${people}`)))
        .toMatchInlineSnapshot(`
        {
          "status": 0,
          "stderr": "",
          "stdout": "warning: content/stories/first-jobs.mdx: 2 consents end within 90 days, the first on 2026-12-01 (Ana Pop); run npm run check -- --consent for the list, then renew each consent or anonymise the person

        Content OK: 12 files checked, no problems; 1 warning.

        Consent ending within the next 90 days (today is 2026-11-28), soonest first:
          content/stories/first-jobs.mdx: Ana Pop (text, photo): expires 2026-12-01, 3 days left
          content/stories/first-jobs.mdx: Andrei Pop (text): expires 2027-02-10, 74 days left

        Before a consent ends, ask the person to sign a new form and update consent in the story, or anonymise them or take them out of the story.
        ",
        }
      `);
      expect(run(() => {})).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "Content OK: 12 files checked, no problems.

      Consent: no consent ends within the next 90 days (today is 2026-11-28).
      ",
      }
    `);
      // An ended consent fails the check: exit 1, the report and the list both on stderr.
      expect(run((c) => c.replace(story, 'expires: 2028-05-31', 'expires: 2026-11-01')))
        .toMatchInlineSnapshot(`
          {
            "status": 1,
            "stderr": "content/stories/first-jobs.mdx:10: people[0].consent.expires: the consent of "Andrei Pop" ended on 2026-11-01; ask them to sign a new form and update consent, or anonymise "Andrei Pop" or take them out of the story

          1 problem in 1 file.

          Consent ending within the next 90 days (today is 2026-11-28), soonest first:
            content/stories/first-jobs.mdx: Andrei Pop (text): expired 2026-11-01, 27 days ago

          Before a consent ends, ask the person to sign a new form and update consent in the story, or anonymise them or take them out of the story.
          ",
            "stdout": "",
          }
        `);
    },
  );
});
