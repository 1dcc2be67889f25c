/** The part of a bundler log message that the filter looks at. */
export interface BundlerLog {
  code?: string | undefined;
  message: string;
}

/**
 * Astro's MDX output starts with a `"use astro:head-inject"` directive that the bundler warns
 * about once per MDX file; that warning, and only that one, is noise.
 */
export function isMdxHeadInjectWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
