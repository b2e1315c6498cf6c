// A static host for dist/ under /course/, like one serving the app from a sub-path. `override` lets a test
// change what a file says (a new version of the service worker) without touching dist/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** @param {{ override?: (relative: string, body: Buffer) => Buffer | string }} [options] */
export const staticServer = (options = {}) => createServer(serveDist(options));

/** The request handler alone, for a server of another kind (the benchmark's HTTP/2 host). */
export function serveDist(options = {}) {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/course/' }).end();
      return;
    }
    if (!url.pathname.startsWith('/course/')) {
      res.writeHead(404).end('not found'); // the site's own files (robots.txt) are not the app's
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname.slice('/course/'.length)) || 'index.html');
    const file = join(dist, relative);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = options.override ? options.override(relative, readFileSync(file)) : readFileSync(file);
    // Text compressed, as any real static host does, so that Lighthouse times the bytes a learner would download.
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|json|svg/.test(type)) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(body));
    } else res.writeHead(200, { 'content-type': type }).end(body);
  };
}
