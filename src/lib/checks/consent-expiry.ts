import type { Appearance, StoryFrontMatter } from '../../schemas/index.ts';
import type { Entry } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';

/** How far ahead expiring consents are announced, in days. */
export const consentNoticeDays = 90;

/** A consent that ends soon or has ended. */
export interface ExpiringConsent {
  /** The story file. @example "content/stories/first-jobs.mdx" */
  file: string;
  /** The person's name as the story prints it. */
  name: string;
  /** What the consent covers. */
  scope: Appearance[];
  /** Last day of the consent, `YYYY-MM-DD`. */
  expires: string;
  /** Days from today to `expires`: 0 on its last day, negative once it has expired. */
  daysLeft: number;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Consents in `stories` (drafts too) that end within `days` days of `today` or have ended,
 * soonest first (then by file and name).
 */
export function expiringConsents(
  stories: readonly Pick<Entry<StoryFrontMatter>, 'file' | 'parts'>[],
  today: string,
  days = consentNoticeDays,
): ExpiringConsent[] {
  return stories
    .flatMap(({ file, parts }) =>
      (parts.people ?? []).flatMap((person) => {
        const expires = person?.consent?.expires;
        if (person?.consent === undefined || expires === undefined) return [];
        const daysLeft = dayNumber(expires) - dayNumber(today);
        return daysLeft <= days
          ? [{ file, name: person.name, scope: person.consent.scope, expires, daysLeft }]
          : [];
      }),
    )
    .sort(
      (a, b) =>
        a.daysLeft - b.daysLeft || a.file.localeCompare(b.file) || a.name.localeCompare(b.name),
    );
}

/**
 * The one-line warning of the normal check when consents end within `consentNoticeDays` (an
 * ended one is also an error of its story): how many, the first, and the command that lists
 * them. None when no consent ends soon.
 */
export function consentExpiryWarning(expiring: readonly ExpiringConsent[]): Problem[] {
  const soon = expiring.filter(({ daysLeft }) => daysLeft >= 0);
  const [first] = soon;
  if (first === undefined) return [];
  const count = soon.length === 1 ? '1 consent ends' : `${soon.length} consents end`;
  return [
    {
      file: first.file,
      path: '',
      message: `${count} within ${consentNoticeDays} days, the first on ${first.expires} (${first.name}); run npm run check -- --consent for the list, then renew each consent or anonymise the person`,
      severity: 'warning',
    },
  ];
}
