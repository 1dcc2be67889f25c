import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './gates/serve.ts';

export const siteDir = path.resolve('dist');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

/** Reuses dist/ when it is there (CI builds first), builds it otherwise, and serves it. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  return server.close;
}
