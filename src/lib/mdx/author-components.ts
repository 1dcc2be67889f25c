import type { ComponentSpec } from './policy.ts';

/**
 * The one registry of components authors use in MDX without importing them, with their
 * attributes: the content check reads it, and `src/components/mdx/index.ts` must map exactly
 * these names to components (a type error otherwise).
 */
export const authorComponents = {
  KeyFigure: { required: ['dataset', 'period', 'label'], optional: ['series'], selfClosing: true },
  Quote: { required: ['by'], optional: ['role'] },
  Callout: { required: [], optional: ['title'] },
  ImpactChart: {
    required: ['dataset'],
    optional: ['series', 'type', 'title'],
    selfClosing: true,
  },
  PartnerCard: { required: ['partner'], optional: [], selfClosing: true },
} as const satisfies Record<string, ComponentSpec>;

/** The name of an author component. */
export type AuthorComponentName = keyof typeof authorComponents;
