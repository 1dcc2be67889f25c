import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetSources } from '../lib/content/load.ts';

/**
 * Content loader of `content/datasets/`: each `<id>.json`, with its observations from `<id>.csv`
 * when that file exists (the glob loader would see the JSON alone). Reloads on change in dev.
 */
export function datasetsLoader(contentDir: string): Loader {
  const folder = path.join(contentDir, 'datasets');
  return {
    name: 'impact-ledger:datasets',
    load: async (context) => {
      const { store, watcher, config } = context;
      const sync = async () => {
        store.clear();
        for (const source of loadDatasetSources(contentDir)) {
          const data = await context.parseData({
            id: source.id,
            data: source.data as Record<string, unknown>,
          });
          const filePath = path.relative(
            fileURLToPath(config.root),
            path.join(path.dirname(contentDir), source.file),
          );
          store.set({ id: source.id, data, digest: context.generateDigest(data), filePath });
        }
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folder)) void sync();
      });
    },
  };
}
