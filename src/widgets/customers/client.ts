/**
 * The page's side of the import worker: start an import, follow its progress,
 * cancel it. Cancelling terminates the worker at once (its running fit cannot
 * be interrupted otherwise); the next import starts a fresh one.
 */
import type { ImportOptions, ImportResult, Progress } from './pipeline';
import type { ImportFailure, WorkerRequest, WorkerResponse } from './protocol';

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

/** Thrown (as the rejection of `result`) when the worker reports an error or the import is cancelled. */
export class ImportFailed extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.message);
    this.name = 'ImportFailed';
  }
}

let nextId = 1;

export function startImport(
  file: string | ArrayBuffer,
  options: ImportOptions,
  onProgress: (p: Progress) => void = () => {},
  createWorker: () => Worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
): RunningImport {
  const worker = createWorker();
  const id = nextId++;
  let settle: { resolve(r: ImportResult): void; reject(e: unknown): void };
  const result = new Promise<ImportResult>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const m = event.data;
    if (m.id !== id) return;
    if (m.type === 'progress') onProgress({ stage: m.stage, fraction: m.fraction });
    else {
      worker.terminate();
      if (m.type === 'result') settle.resolve(m.result);
      else settle.reject(new ImportFailed(m.error));
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle.reject(new ImportFailed({ code: 'internal', detail: {}, message: event.message }));
  };
  const request: WorkerRequest = { type: 'import', id, file, options };
  worker.postMessage(request, typeof file === 'string' ? [] : [file]);
  return {
    result,
    cancel() {
      worker.terminate();
      settle.reject(new ImportFailed({ code: 'cancelled', detail: {}, message: 'cancelled' }));
    },
  };
}
