/**
 * The CDNOW transaction files as text, for the "Your customers" page's
 * "Try it with the CDNOW data": each its own chunk (./cdnow-log-plugin.ts),
 * loaded only when the learner asks.
 */
export type CdnowLog = 'master' | 'sample';

export function loadCdnowLog(which: CdnowLog): Promise<string> {
  return (which === 'master' ? import('virtual:cvm-data/cdnow-log') : import('virtual:cvm-data/cdnow-sample-log')).then((m) => m.default);
}
