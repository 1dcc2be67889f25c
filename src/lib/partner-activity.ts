import type { Dataset, PartnerRole, Programme, StoryFrontMatter } from '../schemas/index.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/**
 * Everything done with one partner, sorted for its page (the page an NGO links to):
 * - `programmes`: the programmes that name it, with its role in each;
 * - `results`: what the work achieved — datasets of one programme that name the partner, or that
 *   belong to a programme it is the only delivery partner of and name no partner at all;
 * - `contributions`: what the company gave — datasets whose B4SI layer is `input` (cash, time,
 *   in kind) that name this partner alone, or name no partner and belong to a programme with no
 *   other partner: an input shared by several partners does not say what went to which, so no
 *   partner page claims its total;
 * - `context`: every other dataset that names it or belongs to one of its programmes and is
 *   company-wide (`scope: "company"`), shared with other partners, or unnamed — shown as
 *   context, never as the partner's own results or as what it received;
 * - `stories`: stories that name it.
 */
export function partnerActivity<
  P extends WithId<Pick<Programme, 'partners'>>,
  D extends WithId<Pick<Dataset, 'partners' | 'programme' | 'b4si' | 'scope'>>,
  S extends WithId<Pick<StoryFrontMatter, 'partners'>>,
>(
  partnerId: string,
  content: { programmes: readonly P[]; datasets: readonly D[]; stories: readonly S[] },
) {
  const programmes = content.programmes.flatMap((programme) => {
    const link = programme.data.partners?.find(({ partner }) => partner === partnerId);
    return link === undefined ? [] : [{ programme, role: link.role }];
  });
  const roleIn = new Map(programmes.map(({ programme, role }) => [programme.id, role]));
  const names = ({ data }: D) => data.partners?.includes(partnerId) === true;
  const partnersOf = new Map(
    content.programmes.map((programme) => [programme.id, programme.data.partners ?? []]),
  );
  /** An unnamed dataset of a programme where this partner is the only one in `roles`. */
  const soleIn = ({ data }: D, roles: readonly PartnerRole[]) => {
    const role = roleIn.get(data.programme);
    const others = (partnersOf.get(data.programme) ?? []).filter(
      (link) => link.partner !== partnerId && roles.includes(link.role),
    );
    return (
      (data.partners ?? []).length === 0 &&
      role !== undefined &&
      roles.includes(role) &&
      others.length === 0
    );
  };
  const allRoles: readonly PartnerRole[] = ['delivery', 'beneficiary', 'co-funder'];
  const ofProgramme = content.datasets.filter(({ data }) => data.scope !== 'company');
  const isInput = ({ data }: D) => data.b4si?.layer === 'input';
  const results = ofProgramme.filter(
    (dataset) => !isInput(dataset) && (names(dataset) || soleIn(dataset, ['delivery'])),
  );
  // What one partner received: an input that names only it (or no one, in its own programme).
  const namesOnly = ({ data }: D) => data.partners?.length === 1 && data.partners[0] === partnerId;
  const contributions = ofProgramme.filter(
    (dataset) => isInput(dataset) && (namesOnly(dataset) || soleIn(dataset, allRoles)),
  );
  const own = new Set([...results, ...contributions]);
  return {
    programmes,
    results,
    contributions,
    context: content.datasets.filter(
      (dataset) =>
        !own.has(dataset) &&
        (names(dataset) ||
          (roleIn.has(dataset.data.programme) && (dataset.data.partners ?? []).length === 0)),
    ),
    stories: content.stories.filter(({ data }) => data.partners?.includes(partnerId)),
  };
}
