/**
 * A file size as readers read it, in the site's locale: `840 bytes`, `2.1 kB`, `1.4 MB`
 * (decimal units, as file managers on most systems show them). `bytes` is a whole number ≥ 0.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const [unit, amount] =
    bytes < 1000
      ? (['byte', bytes] as const)
      : bytes < 1_000_000
        ? (['kilobyte', bytes / 1000] as const)
        : (['megabyte', bytes / 1_000_000] as const);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    // "840 bytes" (the short form says "840 byte"), "2.1 kB".
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(amount);
}
