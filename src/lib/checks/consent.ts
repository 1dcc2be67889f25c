import type { Appearance, Person, StoryFrontMatter } from '../../schemas/index.ts';
import type { Entry } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import type { MdxAnalysis } from '../mdx/analysis.ts';
import { closestMatch } from '../suggest.ts';

/**
 * A name as compared with another: trimmed, spaces collapsed, lower case, without diacritics
 * (`Bălan` = `Balan`; Romanian ș with a comma or a cedilla both become s).
 */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const list = (scopes: readonly string[]) => scopes.join(' and ');

/** How the story shows `person`: what `shown` says, and the text when it quotes them. */
function appearances(person: Person, quoted: boolean): Set<Appearance> {
  const ways = new Set<Appearance>(person.shown);
  if (quoted) ways.add('text');
  return ways;
}

/** What is wrong with one person's consent, as `[field path, message]` pairs. */
function personProblems(
  person: Person,
  index: number,
  quoted: boolean,
  today: string,
): [string, string][] {
  const at = `people[${index}]`;
  const who = JSON.stringify(person.name);
  const ways = appearances(person, quoted);
  const inPhoto = ways.has('photo');
  const named = ways.has('text') && person.anonymised !== true;
  const minor = person.minor === true;
  const { consent } = person;
  if (!named && !inPhoto) return [];
  if (consent === undefined) {
    const scope = `scope: [${[...(named ? ['text'] : []), ...(inPhoto ? ['photo'] : [])].join(', ')}]`;
    const guardian = minor ? ', guardian: YYYY-MM-DD' : '';
    const expected = `expected consent: { date: YYYY-MM-DD, ${scope}${guardian}, reference: "…" } from the signed form`;
    if (!named) {
      return [
        [
          `${at}.consent`,
          `${who} is shown in a photo without a consent record; a face identifies a person even under another name; ${expected}, or remove the photo`,
        ],
      ];
    }
    const why = minor ? `${who} is a minor named in the story` : `${who} is named in the story`;
    return [
      [
        `${at}.consent`,
        `${why} without a consent record; ${expected}, or set anonymised: true if the name is a pseudonym or first name only`,
      ],
    ];
  }
  const problems: [string, string][] = [];
  const needed: Appearance[] = [
    ...(named ? ['text' as const] : []),
    ...(inPhoto ? ['photo' as const] : []),
  ];
  const missing = needed.filter((scope) => !consent.scope.includes(scope));
  if (missing.length > 0) {
    const how = missing.includes('photo')
      ? missing.includes('text')
        ? 'named in the text and shown in a photo'
        : 'shown in a photo'
      : 'named in the text';
    const remedy = missing.includes('photo') ? 'or remove the photo' : 'or anonymise them';
    problems.push([
      `${at}.consent.scope`,
      `${who} is ${how}, but their consent covers ${list(consent.scope)} only; expected ${missing.map((scope) => `"${scope}"`).join(' and ')} in scope: ask for a new consent form, ${remedy}`,
    ]);
  }
  if (minor && consent.guardian === undefined) {
    const how = inPhoto ? (named ? 'named and shown in a photo' : 'shown in a photo') : 'named';
    problems.push([
      `${at}.consent.guardian`,
      `${who} is a minor ${how} without a parent's or guardian's consent; expected guardian: YYYY-MM-DD, the day a parent or guardian signed the form${inPhoto ? '' : ', or set anonymised: true'}`,
    ]);
  }
  for (const [field, date] of [
    ['date', consent.date],
    ['guardian', consent.guardian],
  ] as const) {
    if (date !== undefined && date > today)
      problems.push([
        `${at}.consent.${field}`,
        `expected the day the form was signed, not after today (${today}), found ${date}`,
      ]);
  }
  if (consent.expires !== undefined) {
    if (consent.expires < consent.date) {
      problems.push([
        `${at}.consent.expires`,
        `expected a date after consent.date (${consent.date}), found ${consent.expires}`,
      ]);
    } else if (consent.expires < today) {
      problems.push([
        `${at}.consent.expires`,
        `the consent of ${who} ended on ${consent.expires}; ask them to sign a new form and update consent, or anonymise ${who} or take them out of the story`,
      ]);
    }
  }
  return problems;
}

/** Whether `<Quote by>` names `person`. */
const quotes = (by: string, person: Person) => normaliseName(by) === normaliseName(person.name);

/**
 * The consent rules of one story (safeguarding practice for publishing about people, as in
 * UNICEF's guidelines for reporting on children and the GDPR's consent conditions, Art. 7–8):
 * every person named or quoted who is not anonymised, and everyone shown in a photo, needs a
 * consent whose scope covers how they are shown, signed on or before `today` and not expired;
 * a minor named or shown needs a parent's or guardian's consent too; every `<Quote by="…">`
 * names one of the story's `people` (compared without case or diacritics). Problems name the
 * field (`people[2].consent.expires`) or the Quote's line; in a draft, which is never
 * published, they are warnings.
 */
export function checkConsent(
  story: Pick<Entry<StoryFrontMatter>, 'file' | 'parts' | 'invalid'>,
  analysis: MdxAnalysis,
  today: string,
): Problem[] {
  const severity = story.parts.draft === true ? ('warning' as const) : undefined;
  const problem = (file: string, path: string, message: string): Problem =>
    severity === undefined ? { file, path, message } : { file, path, message, severity };
  const people = story.parts.people ?? [];
  const quotesBy = analysis.elements.flatMap((element) => {
    const by = element.attributes.get('by');
    return element.name === 'Quote' && by !== undefined && by.trim() !== ''
      ? [{ by, line: element.line }]
      : [];
  });
  const problems = people.flatMap((person, index) =>
    person === undefined
      ? []
      : personProblems(
          person,
          index,
          quotesBy.some(({ by }) => quotes(by, person)),
          today,
        ).map(([path, message]) => problem(story.file, path, message)),
  );
  // A person entry that did not validate has its own problem: its quotes are not reported too.
  if (story.invalid.has('people')) return problems;
  const names = people.flatMap((person) => (person === undefined ? [] : [person.name]));
  for (const { by, line } of quotesBy) {
    if (names.some((name) => normaliseName(name) === normaliseName(by))) continue;
    const match = closestMatch(
      normaliseName(by),
      names.map((name) => normaliseName(name)),
    );
    const meant = names.find((name) => normaliseName(name) === match);
    const add = `list ${JSON.stringify(by.trim())} under people in the front matter, with their consent (or anonymised: true)`;
    const message =
      names.length === 0
        ? `by: "${by}": the story lists no people; ${add}`
        : meant === undefined
          ? `by: "${by}" is not one of the story's people (${names.join(', ')}); ${add}`
          : `by: "${by}" is not one of the story's people; did you mean "${meant}"? Otherwise ${add}`;
    problems.push(problem(`${story.file}:${line}`, '<Quote>', message));
  }
  return problems;
}
