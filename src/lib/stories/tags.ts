/** A story as the tag functions need it. */
export interface TaggedStory {
  data: { tags?: readonly string[] | undefined };
}

/**
 * The URL segment of a tag: lower case, accents dropped (ș → s), anything but letters and
 * digits as one hyphen. "Blood donation" and "blood  donation" share `blood-donation`, so
 * authors' spelling variants meet on one page. Returns "" for a tag with no letter or digit.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** One tag page: its slug, the tag as first written, and its stories in the given order. */
export interface TagGroup<Story> {
  slug: string;
  label: string;
  stories: Story[];
}

/**
 * Every tag of `stories` with the stories that carry it (their order kept), sorted by label.
 * Tags that share a slug (see `tagSlug`) are one group, labelled as first written.
 */
export function storiesByTag<Story extends TaggedStory>(
  stories: readonly Story[],
): TagGroup<Story>[] {
  const groups = new Map<string, TagGroup<Story>>();
  for (const story of stories) {
    for (const tag of new Set((story.data.tags ?? []).map((tag) => tag.trim()))) {
      const slug = tagSlug(tag);
      if (slug === '') continue;
      const group = groups.get(slug) ?? { slug, label: tag, stories: [] };
      if (!group.stories.includes(story)) group.stories.push(story);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
}
