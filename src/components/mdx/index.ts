// The components authors use in MDX without importing them (see src/lib/checks/mdx-components.ts).
import ImpactChart from '../ImpactChart.astro';
import Callout from './Callout.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Callout, ImpactChart, KeyFigure, Quote };
