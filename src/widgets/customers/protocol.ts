/**
 * Messages between a page and the import worker. The page posts `import`
 * (a file's bytes or text and the options) and may post `cancel`; the worker
 * answers with `progress` messages and then one `result` or `error`. Typed
 * arrays in the result travel as transferables, not copies.
 */
import type { ImportErrorCode } from './parse';
import type { ImportOptions, ImportResult, Progress } from './pipeline';

export type WorkerRequest =
  | { type: 'import'; id: number; file: string | ArrayBuffer; options: ImportOptions }
  | { type: 'cancel'; id: number };

/** An error as it crosses to the page: a file-level code, or a field-level InvalidInputError that should not happen. */
export interface ImportFailure {
  code: ImportErrorCode | 'internal';
  detail: Record<string, string | number>;
  message: string;
}

export type WorkerResponse =
  | ({ type: 'progress'; id: number } & Progress)
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'error'; id: number; error: ImportFailure };
