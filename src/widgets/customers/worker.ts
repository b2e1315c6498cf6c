/**
 * The import worker: `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`
 * (or `startImport` in client.ts). Parsing, the RFM summary and the fits run
 * here so the page never freezes; the file never leaves the machine — nothing
 * here makes a request.
 */
import { nextTask } from '../../lib/task';
import { ImportError } from './parse';
import { runImport, type ImportResult } from './pipeline';
import type { ImportFailure, WorkerRequest, WorkerResponse } from './protocol';

/** What the worker needs of its global scope: a seam for tests. */
export interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

/** The typed arrays of a result, to move rather than copy. */
export function transferables(result: ImportResult): Transferable[] {
  const arrays: ArrayBufferView[] = [result.rfm.x, result.rfm.tx, result.rfm.T, result.rfm.monetary, result.rfm.firstDay];
  if (result.forecast) arrays.push(result.forecast.pAlive, result.forecast.purchases, result.forecast.spend, result.forecast.value);
  if (result.concentration) arrays.push(result.concentration.revenues);
  const buffers = new Set(arrays.map((a) => a.buffer as ArrayBuffer));
  return [...buffers];
}

export function failure(e: unknown): ImportFailure {
  if (e instanceof ImportError) return { code: e.code, detail: e.detail, message: e.message };
  return { code: 'internal', detail: {}, message: e instanceof Error ? e.message : String(e) };
}

/**
 * Wires the message protocol onto a scope. One import at a time; a new one cancels the old. Between steps it
 * waits for the next task (`yieldFn`), so that a `cancel` message queued behind the import can run.
 */
export function serve(scope: WorkerScope, yieldFn: () => Promise<void> = nextTask): void {
  const cancelled = new Set<number>();
  scope.onmessage = async (event) => {
    const message = event.data;
    if (message.type === 'cancel') {
      cancelled.add(message.id);
      return;
    }
    if (message.type !== 'import') return;
    const { id } = message;
    try {
      const result = await runImport(message.file, message.options ?? {}, {
        onProgress: (p) => scope.postMessage({ type: 'progress', id, ...p }),
        checkpoint: async () => {
          await yieldFn();
          if (cancelled.has(id)) throw new ImportError('cancelled');
        },
      });
      scope.postMessage({ type: 'result', id, result }, transferables(result));
    } catch (e) {
      scope.postMessage({ type: 'error', id, error: failure(e) });
    } finally {
      cancelled.delete(id);
    }
  };
}

// In a worker (not in a test importing this file), serve the worker's own scope.
declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined') serve(self as unknown as WorkerScope);
