/**
 * What a social card (the 1200×630 image a link preview shows) says, as plain data: the
 * drawing (`draw.ts`) knows nothing of stories or datasets.
 */
export interface SocialCard {
  /** What the page is, above the title. @example "Story", "Open data" */
  kind: string;
  /** Headline: the story's or dataset's title, or the site's name. */
  title: string;
  /** Who publishes it (site.json `name`). */
  organisation: string;
  /** Where it is published, shown at the foot: the host and base path (`impact.example.com`). */
  address: string;
  /** Accent colour, `#rrggbb` (site.json `brandColor`). */
  brandColor: string;
  /** The key number, when the card shows one. */
  figure?: CardFigure | undefined;
  /** A photo shown on the right (a story's hero), as JPEG or PNG bytes cropped to fit. */
  photo?: Uint8Array | undefined;
}

/** A key number as readers see it: `291`, `units of blood donated`, `2025`. */
export interface CardFigure {
  /** The number formatted with its unit where the label does not say it (`formatFigure`). */
  value: string;
  /** What it counts. */
  label: string;
  /** The period it covers, for readers (`2025`, `Q2 2025`). */
  period: string;
}

/** Pixel size of every card: Open Graph's recommended 1.91:1 image. */
export const cardSize = { width: 1200, height: 630 } as const;

/** Pixel size of the photo area on the right of a card with a photo. */
export const photoSize = { width: 480, height: cardSize.height } as const;
