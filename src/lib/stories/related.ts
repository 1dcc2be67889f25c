/** A story as `relatedStories` needs it. */
export interface RelatableStory {
  id: string;
  data: {
    title: string;
    date: string;
    programme: string;
    partners?: readonly string[] | undefined;
    tags?: readonly string[] | undefined;
  };
}

/** How much a shared programme, partner or tag counts towards relatedness. */
export const relatednessWeights = { programme: 3, partner: 2, tag: 1 } as const;

/**
 * The stories most related to `story`: same programme (3 points), each shared partner (2),
 * each shared tag (1, compared case- and accent-blind through `normalise`). Stories that share
 * nothing are left out; ties go to the newer story, then the title, so the order never changes
 * between builds. At most `limit` stories, never `story` itself.
 */
export function relatedStories<Story extends RelatableStory>(
  story: Story,
  candidates: readonly Story[],
  options: { limit?: number; normalise?: (tag: string) => string } = {},
): Story[] {
  const { limit = 3, normalise = (tag: string) => tag.toLowerCase() } = options;
  const partners = new Set(story.data.partners ?? []);
  const tags = new Set((story.data.tags ?? []).map(normalise));
  const score = (other: Story) =>
    (other.data.programme === story.data.programme ? relatednessWeights.programme : 0) +
    new Set(other.data.partners ?? []).intersection(partners).size * relatednessWeights.partner +
    new Set((other.data.tags ?? []).map(normalise)).intersection(tags).size *
      relatednessWeights.tag;
  return candidates
    .filter((other) => other.id !== story.id)
    .map((other) => ({ other, points: score(other) }))
    .filter(({ points }) => points > 0)
    .sort(
      (a, b) =>
        b.points - a.points ||
        b.other.data.date.localeCompare(a.other.data.date) ||
        a.other.data.title.localeCompare(b.other.data.title),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
