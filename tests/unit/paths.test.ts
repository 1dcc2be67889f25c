// Paths become URLs with pathToFileURL: a # or a space in the project folder stays in the path.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { stagingUrl } from '../../src/integrations/atomic-output.ts';

test.each(['/work/site/dist/', '/work/my site #2/dist/', '/work/a?b/dist'])(
  'the staging folder of %s is its sibling dist.next, whatever the path holds',
  (dir) => {
    const staging = stagingUrl(pathToFileURL(dir));
    expect(fileURLToPath(staging)).toBe(`${dir.replace(/\/$/, '')}.next/`);
  },
);
