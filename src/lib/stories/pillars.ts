import { pillars, type Pillar } from '../../schemas/index.ts';

/** A story as `storiesByPillar` needs it: the programme it belongs to. */
export interface ProgrammeStory {
  data: { programme: string };
}

/**
 * Stories grouped by the pillar of their programme (`programmePillars`: programme id → pillar),
 * in the site's pillar order, each group in the given order; empty pillars left out. A story
 * whose programme is unknown (the content check refuses it) is in no group.
 */
export function storiesByPillar<Story extends ProgrammeStory>(
  stories: readonly Story[],
  programmePillars: ReadonlyMap<string, Pillar>,
): { pillar: Pillar; stories: Story[] }[] {
  return pillars
    .map((pillar) => ({
      pillar,
      stories: stories.filter((story) => programmePillars.get(story.data.programme) === pillar),
    }))
    .filter((group) => group.stories.length > 0);
}
