/**
 * Words `npm run new story` writes for the author to replace. A draft may hold them; a story
 * about to be published may not (`checkPlaceholders`), so a template's text never reaches readers.
 */
export const storyPlaceholders = {
  description: 'Replace this with one or two sentences that say what the story is about.',
  firstParagraph: 'Write the first paragraph here: who, where, and what happened.',
  personName: 'First name Last name',
  personRole: 'Their role',
  quotation: 'What they said, in their own words.',
  callout: 'One or two sentences readers should not miss.',
  consentReference: 'consent form number',
} as const;
