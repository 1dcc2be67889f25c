/** The folders of `content/` and the extension of their files. */
export const collectionFolders = {
  programmes: '.json',
  partners: '.json',
  datasets: '.json',
  stories: '.mdx',
  pages: '.mdx',
} as const;

/** One of the folders of `content/`. */
export type CollectionName = keyof typeof collectionFolders;
