/**
 * A small static file server on 127.0.0.1 (random port unless one is given): the built viewer
 * (dist/) at `/`, and optionally a results folder at `/results/` for `stormoff view <folder>`.
 * Only GET/HEAD of files inside the served folders; no directory listings.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  close(): Promise<void>;
}

/** The file under `root` that `urlPath` names, or null when it escapes `root` or is not a file. */
function fileFor(root: string, urlPath: string): string | null {
  const path = resolve(root, '.' + normalize(decodeURIComponent(urlPath)).replace(/\\/g, '/'));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Serves `root` (and `results` under /results/) until closed.
 * @example const server = await serveStatic('dist'); console.log(server.url); await server.close();
 */
export function serveStatic(root: string, options: { results?: string; port?: number } = {}): Promise<StaticServer> {
  const site = resolve(root);
  const results = options.results ? resolve(options.results) : null;
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const file = results && path.startsWith('/results/') ? fileFor(results, path.slice('/results'.length)) : fileFor(site, path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
