/**
 * Input validation shared by every model. A model never lets NaN or Infinity
 * out: bad input stops at the door with an error that names the field and the
 * rule it broke, so a widget can show the message next to that field.
 */

export type Rule =
  | { kind: 'number' }
  | { kind: 'integer' }
  | { kind: 'min'; min: number; inclusive: boolean }
  | { kind: 'max'; max: number; inclusive: boolean }
  | { kind: 'non-empty' }
  | { kind: 'min-length'; length: number }
  | { kind: 'length'; length: number }
  | { kind: 'sum'; total: number }
  | { kind: 'too-large' }
  | { kind: 'one-of'; options: readonly string[] };

export class InvalidInputError extends Error {
  readonly field: string;
  readonly rule: Rule;
  constructor(field: string, rule: Rule) {
    super(`${field}: ${describeRule(rule)}`);
    this.name = 'InvalidInputError';
    this.field = field;
    this.rule = rule;
  }
}

export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'number':
      return 'must be a finite number';
    case 'integer':
      return 'must be a whole number';
    case 'min':
      return `must be ${rule.inclusive ? 'at least' : 'greater than'} ${rule.min}`;
    case 'max':
      return `must be ${rule.inclusive ? 'at most' : 'less than'} ${rule.max}`;
    case 'non-empty':
      return 'must not be empty';
    case 'min-length':
      return `must list at least ${rule.length} values`;
    case 'length':
      return `must list exactly ${rule.length} values`;
    case 'sum':
      return `must add up to ${rule.total}`;
    case 'too-large':
      return 'makes the result too large to compute';
    case 'one-of':
      return `must be one of ${rule.options.join(', ')}`;
  }
}

export function finite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidInputError(field, { kind: 'number' });
  }
  return value;
}

export function atLeast(field: string, value: unknown, min: number): number {
  const v = finite(field, value);
  if (v < min) throw new InvalidInputError(field, { kind: 'min', min, inclusive: true });
  return v;
}

export function greaterThan(field: string, value: unknown, min: number): number {
  const v = finite(field, value);
  if (v <= min) throw new InvalidInputError(field, { kind: 'min', min, inclusive: false });
  return v;
}

export function lessThan(field: string, value: unknown, max: number): number {
  const v = finite(field, value);
  if (v >= max) throw new InvalidInputError(field, { kind: 'max', max, inclusive: false });
  return v;
}

export function between(field: string, value: unknown, min: number, max: number): number {
  const v = atLeast(field, value, min);
  if (v > max) throw new InvalidInputError(field, { kind: 'max', max, inclusive: true });
  return v;
}

export function wholeNumber(field: string, value: unknown, min: number, max = Infinity): number {
  const v = finite(field, value);
  if (!Number.isInteger(v)) throw new InvalidInputError(field, { kind: 'integer' });
  if (v < min) throw new InvalidInputError(field, { kind: 'min', min, inclusive: true });
  if (v > max) throw new InvalidInputError(field, { kind: 'max', max, inclusive: true });
  return v;
}

/** The range an input may take; `whole` asks for a whole number. */
export interface Limits {
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
}

/** A number inside its limits (both ends included). */
export function within(field: string, value: unknown, limits: Limits): number {
  return limits.whole ? wholeNumber(field, value, limits.min, limits.max) : between(field, value, limits.min, limits.max);
}

/** A value given once for every period, or as a list of per-period values. */
export type PerPeriod = number | readonly number[];

/**
 * Checks a per-period value and returns it as a non-empty list. `check`
 * validates one entry; list entries are reported as `field[i]`.
 */
export function perPeriod(
  field: string,
  value: unknown,
  check: (field: string, v: unknown) => number,
): number[] {
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InvalidInputError(field, { kind: 'non-empty' });
    return value.map((v, i) => check(`${field}[${i}]`, v));
  }
  return [check(field, value)];
}

/** The value for period `i` (0-based): a list's last entry carries forward. */
export function valueAt(values: readonly number[], i: number): number {
  return values[Math.min(i, values.length - 1)];
}

/** A per-period list as long as `length`, read as the models read it: the last value carries forward. */
export function fillPeriods(values: readonly number[], length: number): number[] {
  return Array.from({ length }, (_, i) => valueAt(values, i));
}

/** Guards a model's output: inputs that each pass can still overflow together. */
export function finiteResult<T extends number>(field: string, value: T): T {
  if (!Number.isFinite(value)) throw new InvalidInputError(field, { kind: 'too-large' });
  return value;
}

/** A probability or a share: a finite number in [0, 1]. */
export function probability(field: string, value: unknown): number {
  return between(field, value, 0, 1);
}

/** A list (not a single value) of at least `minLength` entries, each checked; entries are reported as `field[i]`. */
export function list(
  field: string,
  value: unknown,
  check: (field: string, v: unknown) => number,
  minLength = 1,
): number[] {
  if (!Array.isArray(value)) throw new InvalidInputError(field, { kind: 'non-empty' });
  if (value.length < minLength) {
    throw new InvalidInputError(field, minLength === 1 ? { kind: 'non-empty' } : { kind: 'min-length', length: minLength });
  }
  // The entry's name is only needed for the error: build it then, not for each of 100,000 good entries.
  return value.map((v, i) => {
    try {
      return check(field, v);
    } catch {
      return check(`${field}[${i}]`, v);
    }
  });
}

/** A share in (0, 1]: a part of the customers or of the revenue that is not nothing. */
export function positiveShare(field: string, value: unknown): number {
  const v = greaterThan(field, value, 0);
  if (v > 1) throw new InvalidInputError(field, { kind: 'max', max: 1, inclusive: true });
  return v;
}

/** A list of exactly `length` entries, each checked: for values that pair up with another list. */
export function exactLength(
  field: string,
  value: unknown,
  length: number,
  check: (field: string, v: unknown) => number,
): number[] {
  if (Array.isArray(value) && value.length !== length) throw new InvalidInputError(field, { kind: 'length', length });
  return list(field, value, check);
}

/** Values that must add up to `total`, within a rounding tolerance. */
export function sumsTo(field: string, values: readonly number[], total: number, tolerance = 1e-9): number[] {
  const actual = values.reduce((a, b) => a + b, 0);
  if (Math.abs(actual - total) > tolerance) throw new InvalidInputError(field, { kind: 'sum', total });
  return [...values];
}

/** One of a fixed set of ids (a process, a step, a segment), named as it was given. */
export function oneOf<T extends string>(field: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new InvalidInputError(field, { kind: 'one-of', options });
  }
  return value as T;
}
