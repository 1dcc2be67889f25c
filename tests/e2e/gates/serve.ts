import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import {
  headersForPath,
  parseHeadersFile,
  type HeaderRule,
} from '../../../src/lib/security-headers.ts';

/** How `serveStatic` serves a site. */
export interface ServeOptions {
  /** The path the site is served under (`/impact/`), as on its real host; `/` by default. */
  base?: string;
}

/**
 * A static server for a built site on 127.0.0.1 and a free port, as Netlify or Cloudflare Pages
 * serve it: under its base path, with the headers of its `_headers` file for each request path
 * (Cloudflare's rules: every matching rule applies), `_headers` itself not served, and the 404
 * page for any other address.
 */
export async function serveStatic(
  dir: string,
  { base = '/' }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFoundPage = path.join(dir, '404.html');
  const headersFile = path.join(dir, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
    : [];
  const prefix = base.replace(/\/$/, '');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersForPath(rules, url.pathname)))
      response.setHeader(name, value);
    const notFound = () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      try {
        response.end(readFileSync(notFoundPage));
      } catch {
        response.end('Not found');
      }
    };
    if (!url.pathname.startsWith(`${prefix}/`) || url.pathname === `${prefix}/_headers`) {
      notFound();
      return;
    }
    request.url = `${url.pathname.slice(prefix.length)}${url.search}`;
    files(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
