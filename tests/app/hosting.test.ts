// What the build tells a host to send: a strict policy, long caching only for hashed files, and files hosts can read.
import { describe, expect, it } from 'vitest';
import { CACHING, CONTENT_SECURITY_POLICY, headersFile, nginxExample, SECURITY_HEADERS } from '../../src/app/hosting/policy';

describe('the hosting policy', () => {
  it('runs only the course’s own scripts and styles: nothing inline, no eval', () => {
    for (const directive of ['script-src', 'style-src', 'default-src']) expect(CONTENT_SECURITY_POLICY[directive]).toBe("'self'");
    expect(Object.values(CONTENT_SECURITY_POLICY).join(' ')).not.toMatch(/unsafe-|\*/);
    expect(CONTENT_SECURITY_POLICY['object-src']).toBe("'none'");
  });

  it('refuses framing in the header, where a meta tag could not say it', () => {
    expect(CONTENT_SECURITY_POLICY['frame-ancestors']).toBeUndefined();
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
  });

  it('caches hashed assets for a year and never the page, the service worker or the manifest', () => {
    const rule = (path: string) => CACHING.find((c) => c.path === path)?.value;
    expect(rule('/assets/*')).toMatch(/max-age=31536000, immutable/);
    for (const fresh of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) expect(rule(fresh)).toBe('no-cache');
  });

  it('writes a _headers file: a path, then its headers indented, for every rule', () => {
    const lines = headersFile().trimEnd().split('\n');
    const blocks = lines.filter((l) => !l.startsWith(' '));
    expect(blocks).toEqual(['/*', ...CACHING.map((c) => c.path)]);
    expect(lines.filter((l) => l.startsWith(' ')).every((l) => /^ {2}[A-Za-z-]+: \S/.test(l))).toBe(true);
    expect(lines).toContain('  Strict-Transport-Security: max-age=63072000; includeSubDomains');
  });

  it('gives nginx every header in each location it writes, since a location with its own add_header drops the server’s', () => {
    const example = nginxExample();
    const locations = example.split('\nlocation ').slice(1);
    expect(locations).toHaveLength(CACHING.length + 1);
    for (const l of locations) expect(l).toContain('include snippets/cvm-headers.conf;');
    for (const name of Object.keys(SECURITY_HEADERS)) expect(example).toContain(`#  add_header ${name} "`);
    // Compression is set once, for the server: scripts and styles too, not only HTML as nginx would by default.
    expect(example.split('\n').filter((l) => l.startsWith('gzip_types'))).toEqual([expect.stringMatching(/ text\/javascript .*text\/css|text\/css .*text\/javascript/)]);
  });
});
