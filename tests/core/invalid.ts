import { expect } from 'vitest';
import { InvalidInputError } from '../../src/core/validate';

/** Expects `run` to refuse its input with an InvalidInputError naming `field` and the rule `kind`. */
export function expectInvalid(run: () => unknown, field: string, kind: string): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidInputError);
  expect((error as InvalidInputError).field).toBe(field);
  expect((error as InvalidInputError).rule.kind).toBe(kind);
}
