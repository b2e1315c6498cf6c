/**
 * A widget's scenario as runes: what the learner set, where it started, which
 * fields a link got wrong, and which inputs hold text that is not valid yet.
 * A widget's own state class extends it with results derived from core.
 * Testable without rendering.
 */
import { SvelteSet } from 'svelte/reactivity';
import { decode, defaults, encode, sameRecord, type Codec, type ScenarioRecord } from './scenario';

export class ScenarioState<S> {
  readonly codec: Codec<S>;
  /** Where this widget started: the lesson's values, or the codec's defaults. The baseline and "reset" go back to it. */
  readonly start: S;
  readonly startRecord: ScenarioRecord;
  /** The start is the codec's own default (the course's example), not a lesson's values. */
  readonly startsAtDefaults: boolean;
  scenario: S = $state() as S;
  /** Fields that a link or saved state gave but that were not valid; they kept their start value. */
  rejected: (keyof S & string)[] = $state([]);
  /** Inputs whose typed text is not valid: the results are the last valid ones until they are fixed. */
  readonly invalid = new SvelteSet<string>();
  /** Bumped on reset and on a scenario applied from outside, so inputs drop half-typed text. */
  generation = $state(0);

  /** Another scenario to compare with (the lab's A, when this is B); unset, the start is the baseline. */
  against: S | undefined = $state();
  /** What the baseline (ghost, "vs" readout) shows: the scenario compared with, or the start. */
  readonly reference: S;
  /** The scenario as the transports carry it. */
  readonly record: ScenarioRecord;
  /** The scenario differs from its baseline: show the baseline. */
  readonly changed: boolean;
  /** Some input holds text that is not valid: the results are the last valid ones. */
  readonly stale: boolean;
  /**
   * The record's keys the learner changed: those that putting that one field back to its start would change.
   * (A horizon of 5 fills the per-year rates to 5 years, but only the horizon was changed.)
   */
  readonly changedKeys: string[];

  /** `start` is a partial record (a lesson's props, already written as strings) read over the defaults. */
  constructor(codec: Codec<S>, start: ScenarioRecord = {}) {
    this.codec = codec;
    const fallback = defaults(codec);
    this.start = decode(codec, start, fallback).scenario;
    this.startRecord = encode(codec, this.start);
    this.startsAtDefaults = sameRecord(this.startRecord, encode(codec, fallback));
    this.scenario = structuredClone(this.start);
    this.record = $derived(encode(codec, this.scenario));
    this.reference = $derived(this.against ?? this.start);
    this.changed = $derived(!sameRecord(this.record, this.against ? encode(codec, this.against) : this.startRecord));
    this.stale = $derived(this.invalid.size > 0);
    this.changedKeys = $derived.by(() => {
      const names = Object.keys(codec.fields) as (keyof S)[];
      return names
        .map((name) => codec.fields[name].key)
        .filter((key, i) => encode(codec, { ...this.scenario, [names[i]]: this.start[names[i]] })[key] !== this.record[key]);
    });
  }

  /** Applies a record from a link, another window or saved state. An empty record means "the start". */
  apply(record: ScenarioRecord): void {
    const read = decode(this.codec, record, this.start);
    if (!sameRecord(encode(this.codec, read.scenario), this.record)) {
      this.scenario = read.scenario;
      this.invalid.clear();
      this.generation++;
    }
    this.rejected = read.rejected;
  }

  /** Compares with another scenario's record (read over the start), or with the start again. */
  compareWith(record: ScenarioRecord | undefined): void {
    this.against = record ? decode(this.codec, record, this.start).scenario : undefined;
  }

  reset(): void {
    this.scenario = structuredClone(this.start);
    this.rejected = [];
    this.invalid.clear();
    this.generation++;
  }

  /** Tells the state that input `id` holds valid (or invalid) text. */
  validity(id: string, valid: boolean): void {
    if (valid) this.invalid.delete(id);
    else this.invalid.add(id);
  }
}
