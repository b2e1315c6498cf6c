/** The build step for src/app/hosting/policy.ts: the policy's meta tag in index.html, _headers and the nginx example beside it. */
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, headersFile, nginxExample, policy } from './policy.ts';

export function hosting(): Plugin {
  return {
    name: 'cvm-hosting',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(CONTENT_SECURITY_POLICY) }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      this.emitFile({ type: 'asset', fileName: 'nginx.conf.example', source: nginxExample() });
    },
  };
}
