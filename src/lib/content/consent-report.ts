import type { ExpiringConsent } from '../checks/consent-expiry.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function when({ expires, daysLeft }: ExpiringConsent): string {
  if (daysLeft < 0) return `expired ${expires}, ${plural(-daysLeft, 'day')} ago`;
  if (daysLeft === 0) return `expires ${expires}, today is its last day`;
  return `expires ${expires}, ${plural(daysLeft, 'day')} left`;
}

/**
 * What `npm run check -- --consent` prints: every consent that ends within `days` days of
 * `today` or has ended (`expiringConsents`), soonest first, one per line as
 * `file: person (scope): expires date, N days left`, with what to do; or a plain all-clear.
 */
export function formatConsentReport(
  expiring: readonly ExpiringConsent[],
  today: string,
  days: number,
): string {
  if (expiring.length === 0)
    return `Consent: no consent ends within the next ${days} days (today is ${today}).`;
  return [
    `Consent ending within the next ${days} days (today is ${today}), soonest first:`,
    ...expiring.map(
      (consent) =>
        `  ${consent.file}: ${consent.name} (${consent.scope.join(', ')}): ${when(consent)}`,
    ),
    '',
    'Before a consent ends, ask the person to sign a new form and update consent in the story, or anonymise them or take them out of the story.',
  ].join('\n');
}
