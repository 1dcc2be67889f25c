import sdgGoals from '../../data/sdg-targets.json' with { type: 'json' };
import { b4siTypesByLayer, type Dataset } from '../../schemas/index.ts';
import type { Problem } from '../content/problem.ts';

/** The 169 targets of the UN Sustainable Development Goals. */
export const sdgTargets: readonly string[] = Object.values(sdgGoals).flatMap(
  ({ targets }) => targets,
);

/** Every listed SDG target exists. */
export function checkSdgTargets(
  targets: readonly (string | undefined)[] | undefined,
  file: string,
  path: string,
): Problem[] {
  return (targets ?? []).flatMap((target, index) => {
    if (target === undefined || sdgTargets.includes(target)) return [];
    const goal = target.split('.')[0] ?? '';
    const ofGoal = sdgGoals[goal as keyof typeof sdgGoals] as { targets: string[] } | undefined;
    const hint = ofGoal === undefined ? '' : `; goal ${goal} has ${ofGoal.targets.join(', ')}`;
    return [
      {
        file,
        path: `${path}[${index}]`,
        message: `expected one of the 169 SDG targets, found "${target}"${hint}`,
      },
    ];
  });
}

/** A dataset's B4SI type belongs to its layer. */
export function checkB4si(b4si: Dataset['b4si'], file: string): Problem[] {
  if (b4si?.type === undefined) return [];
  const allowed: readonly string[] = b4siTypesByLayer[b4si.layer];
  return allowed.includes(b4si.type)
    ? []
    : [
        {
          file,
          path: 'b4si.type',
          message: `expected a type of the "${b4si.layer}" layer (${allowed.join(', ')}), found "${b4si.type}"`,
        },
      ];
}
