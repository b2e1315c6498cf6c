/**
 * A widget's scenario, declared once. Each field says its default, how it is
 * read from and written to a flat string record, and (for numbers) its limits,
 * taken from core. The same record serves the URL, presenter sync, the lab's
 * compare view, saved state and the CSV export's header.
 */
import type { Limits } from '$core';
import { parseStoredNumber } from '../../lib/number';

/** A scenario as flat strings: `{ retention: '0.4,0.45', horizon: '3' }`. Keys carry no namespace here. */
export type ScenarioRecord = Record<string, string>;

export interface Field<T> {
  /** The record's key: 'retention' (the URL adds the widget's namespace: 'clv.retention'). */
  key: string;
  /** The bare key links used before namespaces, where it differed ('years' for 'horizon'). */
  legacyKey?: string;
  default: T;
  /** undefined = rejected: the field keeps its start value and is named in a notice. */
  read(raw: string): T | undefined;
  write(value: T): string;
}

export type Fields<S> = { [K in keyof S]: Field<S[K]> };

export interface Codec<S> {
  /** The widget's id and URL namespace: 'clv'. */
  id: string;
  fields: Fields<S>;
  /** Links made before namespaces carried this widget's keys bare (`?retention=…`): still read them. */
  bareLinks?: boolean;
  /**
   * Makes a scenario whole after reading: what the model will use, every box
   * filled (a per-year list shorter than the horizon carries its last value forward).
   */
  complete?(scenario: S): S;
}

export interface Decoded<S> {
  scenario: S;
  /** Fields present in the record but not valid: they kept their start value. */
  rejected: (keyof S & string)[];
}

export function defaults<S>(codec: Codec<S>): S {
  const scenario = {} as S;
  for (const name of names(codec)) scenario[name] = structuredClone(codec.fields[name].default);
  return complete(codec, scenario);
}

const names = <S>(codec: Codec<S>) => Object.keys(codec.fields) as (keyof S & string)[];
const complete = <S>(codec: Codec<S>, s: S) => (codec.complete ? codec.complete(s) : s);

/** An old link's bare keys, read into this widget's record: `?years=5` → `{ horizon: '5' }`. */
export function fromBareKeys<S>(codec: Codec<S>, bare: Record<string, string>): ScenarioRecord {
  const record: ScenarioRecord = {};
  for (const name of names(codec)) {
    const field = codec.fields[name];
    const old = field.legacyKey ?? field.key;
    if (old in bare) record[field.key] = bare[old];
  }
  return record;
}

/** Reads a record over a start scenario: absent keys keep the start's value, invalid ones keep it too and are named. */
export function decode<S>(codec: Codec<S>, record: ScenarioRecord, start: S = defaults(codec)): Decoded<S> {
  const scenario = structuredClone(start);
  const rejected: (keyof S & string)[] = [];
  for (const name of names(codec)) {
    const field = codec.fields[name];
    if (!(field.key in record)) continue;
    const value = field.read(record[field.key]);
    if (value === undefined) rejected.push(name);
    else scenario[name] = value;
  }
  return { scenario: complete(codec, scenario), rejected };
}

/** Writes a scenario as the model uses it (made whole first), so reading the record back gives the same scenario. */
export function encode<S>(codec: Codec<S>, scenario: S): ScenarioRecord {
  const whole = complete(codec, scenario);
  const record: ScenarioRecord = {};
  for (const name of names(codec)) record[codec.fields[name].key] = codec.fields[name].write(whole[name]);
  return record;
}

/** A record of only the given fields: a lesson's starting values. */
export function partialRecord<S>(codec: Codec<S>, values: Partial<S>): ScenarioRecord {
  const record: ScenarioRecord = {};
  for (const name of names(codec)) {
    if (values[name] !== undefined) record[codec.fields[name].key] = codec.fields[name].write(values[name] as S[typeof name]);
  }
  return record;
}

export function sameRecord(a: ScenarioRecord, b: ScenarioRecord): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

// ── Field kinds ────────────────────────────────────────────────────────────

/** How a number is shown and typed: percentages are typed as 40 and kept as 0.4. */
export interface NumberSpec {
  /** The model's range, from core (in the model's units). */
  limits: Limits;
  percent?: boolean;
  /** Step of the arrow keys and the slider, in shown units. */
  step: number;
  /** The slider: its top in shown units where the field accepts more than a slider can usefully span, and whether it is logarithmic. */
  slider?: { max?: number; log?: boolean } | false;
  /** Decimals worth showing in shown units (a written value is rounded to 6 decimals of the model's units regardless). */
  decimals?: number;
}

const tidy = (v: number) => Number(v.toFixed(6)) + 0;

export function inLimits(limits: Limits, value: number): boolean {
  return Number.isFinite(value) && value >= limits.min && value <= limits.max && (!limits.whole || Number.isInteger(value));
}

export interface NumberField extends Field<number> {
  spec: NumberSpec;
}

export function numberField(key: string, value: number, spec: NumberSpec, legacyKey?: string): NumberField {
  return {
    key,
    legacyKey,
    default: value,
    spec,
    read(raw) {
      const v = parseStoredNumber(raw);
      return v !== undefined && inLimits(spec.limits, v) ? v : undefined;
    },
    write: (v) => String(tidy(v)),
  };
}

export interface ListField extends Field<number[]> {
  spec: NumberSpec;
  maxLength: number;
}

/** A value per year (or per anything): one value means "the same every year". Written comma-separated. */
export function listField(key: string, value: number[], spec: NumberSpec, maxLength: number): ListField {
  return {
    key,
    default: value,
    spec,
    maxLength,
    read(raw) {
      const parts = raw.split(',');
      if (parts.length > maxLength) return undefined;
      const values = parts.map(parseStoredNumber);
      return values.every((v) => v !== undefined && inLimits(spec.limits, v)) ? (values as number[]) : undefined;
    },
    write: (values) => values.map(tidy).join(','),
  };
}

export function choiceField<T extends string>(key: string, value: T, options: readonly T[]): Field<T> & { options: readonly T[] } {
  return {
    key,
    default: value,
    options,
    read: (raw) => (options as readonly string[]).includes(raw) ? (raw as T) : undefined,
    write: (v) => v,
  };
}
