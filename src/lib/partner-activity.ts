import type { Dataset, PartnerRole, Programme, StoryFrontMatter } from '../schemas/index.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/**
 * Everything done with one partner, sorted for its page (the page an NGO links to):
 * - `programmes`: the programmes that name it, with its role in each;
 * - `results`: what the work achieved — datasets of one programme that name the partner, or that
 *   belong to a programme it delivers and name no partner at all;
 * - `contributions`: what the company gave — the same rule for datasets whose B4SI layer is
 *   `input` (cash, time, in kind), of any programme the partner is part of;
 * - `context`: company-wide datasets (`scope: "company"`) that name it or one of its
 *   programmes — shown as context, never as the partner's own results;
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
  const unnamedOf = ({ data }: D, roles: readonly PartnerRole[]) => {
    const role = roleIn.get(data.programme);
    return (data.partners ?? []).length === 0 && role !== undefined && roles.includes(role);
  };
  const ofProgramme = content.datasets.filter(({ data }) => data.scope !== 'company');
  const isInput = ({ data }: D) => data.b4si?.layer === 'input';
  return {
    programmes,
    results: ofProgramme.filter(
      (dataset) => !isInput(dataset) && (names(dataset) || unnamedOf(dataset, ['delivery'])),
    ),
    contributions: ofProgramme.filter(
      (dataset) =>
        isInput(dataset) &&
        (names(dataset) || unnamedOf(dataset, ['delivery', 'beneficiary', 'co-funder'])),
    ),
    context: content.datasets.filter(
      (dataset) =>
        dataset.data.scope === 'company' && (names(dataset) || roleIn.has(dataset.data.programme)),
    ),
    stories: content.stories.filter(({ data }) => data.partners?.includes(partnerId)),
  };
}
