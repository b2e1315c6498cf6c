// An HTTP/2 host for the benchmark, as real static hosts serve the course: one connection carries every chunk,
// where HTTP/1.1 gives Lighthouse's simulation six. TLS with a certificate made for this run (browsers speak
// HTTP/2 only over TLS); the Chromium that measures is told to accept it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @param {(req: any, res: any) => void} handler */
export function http2Server(handler) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  const server = createSecureServer({ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true }, handler);
  rmSync(dir, { recursive: true });
  return server;
}

/** What Chromium needs to be told to load pages from it. */
export const HTTP2_CHROME_FLAGS = ['--ignore-certificate-errors'];
