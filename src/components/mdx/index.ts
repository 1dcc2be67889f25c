// The components authors use in MDX without importing them: exactly the names of the registry
// in src/lib/mdx/author-components.ts, which the content check reads (a type error otherwise).
import type { AuthorComponentName } from '../../lib/mdx/author-components.ts';
import Callout from './Callout.astro';
import ImpactChart from './ImpactChart.astro';
import KeyFigure from './KeyFigure.astro';
import PartnerCard from './PartnerCard.astro';
import Quote from './Quote.astro';

export const mdxComponents = {
  Callout,
  ImpactChart,
  KeyFigure,
  PartnerCard,
  Quote,
} satisfies Record<AuthorComponentName, unknown>;
