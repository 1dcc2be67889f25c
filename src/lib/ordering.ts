import { pillars, type Pillar } from '../schemas/index.ts';

/** Newest first, by `date`; ties by title so the order never changes between builds. */
export function newestFirst<Item extends { data: { date: string; title: string } }>(
  items: readonly Item[],
): Item[] {
  return [...items].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title),
  );
}

/** Items grouped by pillar, in the site's pillar order, empty pillars left out. */
export function groupByPillar<Item extends { data: { pillar: Pillar; name: string } }>(
  items: readonly Item[],
): { pillar: Pillar; items: Item[] }[] {
  return pillars
    .map((pillar) => ({
      pillar,
      items: items
        .filter((item) => item.data.pillar === pillar)
        .sort((a, b) => a.data.name.localeCompare(b.data.name)),
    }))
    .filter((group) => group.items.length > 0);
}

/** Reader-facing names of the pillars. */
export const pillarLabels: Record<Pillar, string> = {
  education: 'Education',
  health: 'Health',
  environment: 'Environment',
  community: 'Community',
};
