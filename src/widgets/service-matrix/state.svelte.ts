/**
 * The matrix's state: the scenario (kit), the assessment from core, and the
 * channel's survey ratings as the baseline that dragged points are compared
 * with. Switching channel shows that channel's ratings; what the learner
 * changed in the one left behind is kept while the page is open.
 */
import { assessImportancePerformance, marketComposition, type ImportancePerformanceResult } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { serviceMatrixCodec, toAttributes, withSurveyRatings, type ServiceMatrixScenario } from './codec';
import { CHANNELS, PROFIT_SHARE, SURVEY, type Channel, type Ratings } from './segments';

const ratingsOf = (s: Ratings): Ratings => ({ importance: [...s.importance], performance: [...s.performance], competitor: [...s.competitor] });
const sameRatings = (a: Ratings, b: Ratings) => (['importance', 'performance', 'competitor'] as const).every((k) => a[k].every((v, i) => v === b[k][i]));

/** The insurer's composition as printed: computed once, the same for every state. */
export const COMPOSITION = marketComposition(CHANNELS.map((id) => ({ id, share: PROFIT_SHARE[id] })));

export class ServiceMatrixState extends ScenarioState<ServiceMatrixScenario> {
  /** Every attribute placed, and where money should move; the scenario only ever holds valid ratings. */
  readonly result: ImportancePerformanceResult = $derived(
    assessImportancePerformance(toAttributes(this.scenario), { corridorHalfWidth: this.scenario.tolerance }),
  );
  /** The channel's survey ratings: the ghost of a point the learner moved. */
  readonly survey: Ratings = $derived(SURVEY[this.scenario.segment]);
  /** The assessment of the survey ratings at the same corridor: what "where money should move" was before the learner's changes. */
  readonly surveyResult: ImportancePerformanceResult = $derived(
    assessImportancePerformance(toAttributes(SURVEY[this.scenario.segment]), { corridorHalfWidth: this.scenario.tolerance }),
  );
  /** The ratings differ from the channel's survey. */
  readonly edited: boolean = $derived(!sameRatings(this.scenario, SURVEY[this.scenario.segment]));
  readonly #kept = new Map<Channel, Ratings>();

  constructor(start: ScenarioRecord = {}) {
    super(serviceMatrixCodec, withSurveyRatings(start));
  }

  override apply(record: ScenarioRecord): void {
    super.apply(withSurveyRatings(record));
  }

  override reset(): void {
    this.#kept.clear();
    super.reset();
  }

  /** Shows another channel: its survey ratings, or what the learner left there earlier. */
  setSegment(segment: Channel): void {
    if (segment === this.scenario.segment) return;
    if (this.edited) this.#kept.set(this.scenario.segment, ratingsOf(this.scenario));
    else this.#kept.delete(this.scenario.segment);
    this.scenario = { ...this.scenario, segment, ...ratingsOf(this.#kept.get(segment) ?? SURVEY[segment]) };
    this.generation++;
  }

  /** A point dragged or moved by keyboard: attribute `i` to a new importance and performance. */
  moveAttribute(i: number, importance: number, performance: number): void {
    this.scenario.importance[i] = importance;
    this.scenario.performance[i] = performance;
  }

  /** The survey's ratings for this channel back, the corridor as it is. */
  backToSurvey(): void {
    this.#kept.delete(this.scenario.segment);
    this.scenario = { ...this.scenario, ...ratingsOf(SURVEY[this.scenario.segment]) };
    this.generation++;
  }
}
