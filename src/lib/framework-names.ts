// Names of the codes content cites (SDG targets, GRI disclosures, SPDX licences), so readers see
// words, not only codes. Lists: src/data/*.json (see docs/content-model.md for their sources).
import sdgGoals from '../data/sdg-targets.json' with { type: 'json' };
import sdgTitles from '../data/sdg-target-titles.json' with { type: 'json' };
import griNames from '../data/gri-disclosures.json' with { type: 'json' };
import licences from '../data/licences.json' with { type: 'json' };

/** An SDG target for readers. */
export interface SdgTargetName {
  /** Target id, `3.8`. */
  id: string;
  /** Goal number and name, `Goal 3: Good health and well-being`. */
  goal: string;
  /** Short form of the target's official title; absent for a target not in our list. */
  title: string | undefined;
}

/**
 * The goal and short title of an SDG target (`3.8` → Goal 3, "Achieve universal health
 * coverage…"). Titles are short forms of the UN's official wording (A/RES/71/313, annex).
 */
export function sdgTargetName(id: string): SdgTargetName {
  const goalNumber = id.split('.')[0] ?? '';
  const goal = (sdgGoals as Record<string, { goal: string }>)[goalNumber]?.goal;
  return {
    id,
    goal: goal === undefined ? `Goal ${goalNumber}` : `Goal ${goalNumber}: ${goal}`,
    title: (sdgTitles as Record<string, string>)[id],
  };
}

/** The title of a GRI disclosure (`413-1` → "Operations with local community engagement…"). */
export function griDisclosureName(id: string): string | undefined {
  return (griNames as Record<string, string>)[id];
}

/** A licence for readers: its SPDX id, full name and the page with its terms. */
export interface LicenceName {
  id: string;
  name: string;
  url: string;
}

/**
 * Name and terms page of an SPDX licence id; an id we have no name for keeps its id as name and
 * links to its SPDX page (`https://spdx.org/licenses/<id>.html`).
 */
export function licenceName(id: string): LicenceName {
  const known = (licences as Record<string, { name: string; url: string }>)[id];
  return known
    ? { id, ...known }
    : { id, name: id, url: `https://spdx.org/licenses/${encodeURIComponent(id)}.html` };
}

/** One line of a frameworks list: a code and its name (`3.8`, "Achieve universal…"). */
export interface FrameworkEntry {
  code: string;
  name: string | undefined;
  /** Where the code is explained, when there is a stable public page. */
  url?: string | undefined;
}

/** A framework and the entries a programme or dataset maps to. */
export interface FrameworkGroup {
  framework: string;
  entries: FrameworkEntry[];
}

/**
 * The frameworks a programme or dataset cites, each code with its name, in a fixed order (SDG,
 * GRI, IRIS+, B4SI); frameworks without entries are left out. `b4si` is already in words.
 */
export function frameworkGroups(cited: {
  sdgTargets?: readonly string[] | undefined;
  gri?: readonly string[] | undefined;
  iris?: readonly { id: string; version: string }[] | undefined;
  b4si?: readonly string[] | undefined;
}): FrameworkGroup[] {
  const groups: FrameworkGroup[] = [
    {
      framework: 'UN Sustainable Development Goals',
      entries: (cited.sdgTargets ?? []).map((id) => {
        const { goal, title } = sdgTargetName(id);
        return { code: `Target ${id}`, name: title === undefined ? goal : `${title} (${goal})` };
      }),
    },
    {
      framework: 'GRI Standards',
      entries: (cited.gri ?? []).map((id) => ({
        code: `GRI ${id}`,
        name: griDisclosureName(id),
      })),
    },
    {
      framework: 'IRIS+',
      entries: (cited.iris ?? []).map(({ id, version }) => ({
        code: id,
        name: `IRIS+ catalogue version ${version}`,
      })),
    },
    {
      framework: 'B4SI',
      entries: (cited.b4si ?? []).map((text) => ({ code: text, name: undefined })),
    },
  ];
  return groups.filter(({ entries }) => entries.length > 0);
}
