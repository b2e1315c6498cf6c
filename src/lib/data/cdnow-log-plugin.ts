/**
 * Build step for the "Your customers" lab page's "Try it with the CDNOW data":
 * the CDNOW transaction files as the page would get them from a learner, as
 * text, in virtual modules of their own (`virtual:cvm-data/cdnow-log`, the
 * master file; `virtual:cvm-data/cdnow-sample-log`, the 1-in-10 sample the
 * published estimates were fitted to). The master file's runs of spaces and
 * its CR LF line ends are squeezed to one space and LF (1.9 MB → 1.3 MB);
 * nothing else changes. Only that page imports them, when the learner asks.
 *
 * Source: the CDNOW master and sample files (P. S. Fader, B. G. S. Hardie &
 * K. L. Lee, 2005, "Counting your customers the easy way", Marketing Science
 * 24(2)), kept with their attribution in tests/core/data/cdnow/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const FILES = {
  'virtual:cvm-data/cdnow-log': 'tests/core/data/cdnow/CDNOW_master.txt',
  'virtual:cvm-data/cdnow-sample-log': 'tests/core/data/cdnow/CDNOW_sample.txt',
} as const;

/** Whitespace-separated text with one space between fields and LF line ends. */
export function squeeze(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/).join(' '))
    .filter((line) => line !== '')
    .join('\n');
}

export function cdnowLogs(): Plugin {
  let root = process.cwd();
  return {
    name: 'cvm-data-cdnow-log',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id in FILES ? '\0' + id : null;
    },
    load(id) {
      const name = id.slice(1) as keyof typeof FILES;
      if (!id.startsWith('\0') || !(name in FILES)) return null;
      const file = join(root, FILES[name]);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(squeeze(readFileSync(file, 'utf8')))};\n`;
    },
  };
}
