import type { Dataset, Programme, StoryFrontMatter } from '../schemas/index.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/** Everything done with one partner: the programmes, datasets and stories that name it. */
export function partnerActivity<
  P extends WithId<Pick<Programme, 'partners'>>,
  D extends WithId<Pick<Dataset, 'partners'>>,
  S extends WithId<Pick<StoryFrontMatter, 'partners'>>,
>(
  partnerId: string,
  content: { programmes: readonly P[]; datasets: readonly D[]; stories: readonly S[] },
) {
  return {
    programmes: content.programmes.flatMap((programme) => {
      const link = programme.data.partners?.find(({ partner }) => partner === partnerId);
      return link === undefined ? [] : [{ programme, role: link.role }];
    }),
    datasets: content.datasets.filter(({ data }) => data.partners?.includes(partnerId)),
    stories: content.stories.filter(({ data }) => data.partners?.includes(partnerId)),
  };
}
