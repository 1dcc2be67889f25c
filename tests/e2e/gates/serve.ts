import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Text files a host compresses, by extension, with their media types. */
const compressible: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a text file gzipped, as Netlify, Cloudflare Pages and nginx (`gzip on`) do, when the
 * browser accepts it; false when the request is not for such a file (sirv serves it).
 */
function serveGzipped(
  dir: string,
  cache: Map<string, Buffer>,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return false;
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = path.join(dir, pathname);
  if (pathname.endsWith('/')) file = path.join(file, 'index.html');
  const type = compressible[path.extname(file)];
  if (type === undefined || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile())
    return false;
  let body = cache.get(file);
  if (body === undefined) {
    body = gzipSync(readFileSync(file));
    cache.set(file, body);
  }
  response.setHeader('content-type', type);
  response.setHeader('content-encoding', 'gzip');
  response.setHeader('vary', 'Accept-Encoding');
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * A static server for a built site on 127.0.0.1 and a free port, as Netlify or Cloudflare Pages
 * serve it: under its base path, with the headers of its `_headers` file for each request path
 * (Cloudflare's rules: every matching rule applies), text files gzipped, `_headers` itself not
 * served, and the 404 page for any other address.
 */
export async function serveStatic(
  dir: string,
  { base = '/' }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const root = path.resolve(dir);
  const gzipped = new Map<string, Buffer>();
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
    if (serveGzipped(root, gzipped, request, response)) return;
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
