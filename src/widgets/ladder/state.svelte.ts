/** The ladder's state: the open rung and the answers (kit scenario), and where core places the organisation once all are in. */
import { assessValueStage, LADDER_STATEMENTS, VALUE_STAGES, type LadderAssessment, type StageId } from '$core';
import type { ScenarioRecord } from '../kit/scenario';
import { ScenarioState } from '../kit/state.svelte';
import { ladderCodec, type LadderScenario } from './codec';

export class LadderState extends ScenarioState<LadderScenario> {
  readonly answered: number = $derived(this.scenario.answers.filter((a) => a !== null).length);
  /** Where the answers place the organisation; null until every statement has an answer. */
  readonly assessment: LadderAssessment | null = $derived.by(() => {
    const answers = this.scenario.answers;
    if (answers.some((a) => a === null)) return null;
    return assessValueStage(Object.fromEntries(LADDER_STATEMENTS.map((s, i) => [s.id, answers[i] as number])));
  });
  readonly rungIndex: number = $derived(VALUE_STAGES.indexOf(this.scenario.rung));

  constructor(start: ScenarioRecord = {}) {
    super(ladderCodec, start);
  }

  open(stage: StageId | number): void {
    this.scenario.rung = typeof stage === 'number' ? VALUE_STAGES[stage] : stage;
  }

  answer(statement: number, value: number): void {
    this.scenario.answers[statement] = value;
  }

  clearAnswers(): void {
    this.scenario.answers = this.scenario.answers.map(() => null);
  }
}
