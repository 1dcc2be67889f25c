// The components authors use in MDX without importing them (see src/lib/checks/mdx-components.ts).
import Callout from './Callout.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Callout, KeyFigure, Quote };
