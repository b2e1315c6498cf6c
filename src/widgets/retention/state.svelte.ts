/**
 * The simulator's state: the scenario (kit); the cohort at its retention and
 * at "+N points" (core's retentionUplift and cohortProfit), or against the
 * start when no points are added; and the survivor series fitted two ways
 * (core's fitSbg and fitConstantRetention), keeping the last good fit while
 * the series is not one a model can take.
 */
import {
  cohortProfit,
  fitConstantRetention,
  fitSbg,
  InvalidInputError,
  projectConstantRetention,
  projectSbg,
  retentionUplift,
  sbgRetention,
  type CohortProfit,
  type RetentionUplift,
} from '$core';
import type { ScenarioRecord } from '../kit/scenario';
import { ScenarioState } from '../kit/state.svelte';
import { publishedSeries, REGULAR_FITTED, retentionCodec, toUpliftInput, type RetentionScenario } from './codec';

export interface Comparison {
  /** 'uplift': the same cohort without the extra points; 'start': the scenario the widget started from. */
  kind: 'uplift' | 'start';
  cohort: CohortProfit;
  retention: number;
  expectedLifetime: number | null;
}

export interface ProjectionYear {
  year: number;
  /** The learner's count, where the series has one. */
  observed?: number;
  /** What happened after the fitted years, for a published series. */
  actual?: number;
  sbg: number;
  constant: number;
  /** Share of last year's customers still active: observed, and as each model has it (from year 1). */
  observedRetention?: number;
  sbgRetention?: number;
  constantRetention?: number;
}

export interface Projection {
  alpha: number;
  beta: number;
  constantRate: number;
  years: ProjectionYear[];
  /** Years 0…n the fit used. */
  fitted: number;
}

/** Both fits of a series, projected to `to` years, or the model's objection to the series. */
export function project(survivors: readonly number[], to: number, withActual: boolean): Projection | InvalidInputError {
  try {
    const { alpha, beta } = fitSbg(survivors);
    const constant = fitConstantRetention(survivors);
    const n = survivors.length - 1;
    const periods = Math.max(to, n);
    const sbg = projectSbg({ alpha, beta, customers: survivors[0], periods });
    const flat = projectConstantRetention({ retention: constant.retention, customers: survivors[0], periods });
    const full = withActual ? publishedSeries(survivors) : undefined;
    const years = sbg.map((count, year) => ({
      year,
      observed: survivors[year],
      actual: full && year > n ? full[year] : undefined,
      sbg: count,
      constant: flat[year],
      observedRetention: year > 0 && year <= n && survivors[year - 1] > 0 ? survivors[year] / survivors[year - 1] : undefined,
      sbgRetention: year > 0 ? sbgRetention(alpha, beta, year) : undefined,
      constantRetention: year > 0 ? constant.retention : undefined,
    }));
    return { alpha, beta, constantRate: constant.retention, years, fitted: n };
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
}

export class RetentionState extends ScenarioState<RetentionScenario> {
  /** The cohort before and after the extra points: every field only ever holds values in core's limits, which the model always takes. */
  readonly uplift: RetentionUplift = $derived(retentionUplift(toUpliftInput(this.scenario)));
  /** The cohort as the learner set it, the extra points included. */
  readonly cohort: CohortProfit = $derived(cohortProfit({ ...toUpliftInput(this.scenario), retention: this.uplift.after.retention }));
  readonly startCohort: CohortProfit;
  readonly startUplift: RetentionUplift;
  /** What the ghost shows: without the extra points, or else the start once the scenario differs from it. */
  readonly comparison: Comparison | null = $derived.by(() => {
    if (this.scenario.uplift > 0) {
      const before = this.uplift.before;
      return { kind: 'uplift', cohort: cohortProfit({ ...toUpliftInput(this.scenario) }), retention: before.retention, expectedLifetime: before.expectedLifetime };
    }
    if (!this.changed) return null;
    return { kind: 'start', cohort: this.startCohort, retention: this.startUplift.after.retention, expectedLifetime: this.startUplift.after.expectedLifetime };
  });

  #lastProjection: Projection;
  readonly projectionResult = $derived(project(this.scenario.survivors, this.scenario.projectTo, this.scenario.actual === 'show'));
  /** The model's objection to the series as it stands; the projection then shows the last good fit. */
  readonly fitError: InvalidInputError | null = $derived(this.projectionResult instanceof InvalidInputError ? this.projectionResult : null);
  readonly projection: Projection = $derived.by(() => {
    if (!(this.projectionResult instanceof InvalidInputError)) this.#lastProjection = this.projectionResult;
    return this.#lastProjection;
  });
  /** The series is one of Fader & Hardie's, whose later years can be shown. */
  readonly published = $derived(publishedSeries(this.scenario.survivors) !== undefined);

  constructor(start: ScenarioRecord = {}) {
    super(retentionCodec, start);
    this.startUplift = retentionUplift(toUpliftInput(this.start));
    this.startCohort = cohortProfit({ ...toUpliftInput(this.start), retention: this.startUplift.after.retention });
    const first = project(this.start.survivors, this.start.projectTo, false);
    this.#lastProjection = first instanceof InvalidInputError ? (project(REGULAR_FITTED, this.start.projectTo, false) as Projection) : first;
  }

  /** "+5 points": on, or off again. */
  toggleUplift(points: number): void {
    this.scenario.uplift = this.scenario.uplift > 0 ? 0 : points;
  }

  /** A preset: its values over the start, everything else as it is now. */
  applyPreset(values: Partial<RetentionScenario>): void {
    Object.assign(this.scenario, structuredClone(values));
  }

  setSurvivor(year: number, count: number): void {
    this.scenario.survivors[year] = count;
  }

  /** One more year of survivors, starting as many as the year before (nobody lost yet); the learner then lowers it. */
  addYear(): void {
    const s = this.scenario.survivors;
    if (s.length < retentionCodec.fields.survivors.maxLength) s.push(s[s.length - 1]);
  }

  removeYear(): void {
    if (this.scenario.survivors.length > 3) this.scenario.survivors.pop();
  }
}
