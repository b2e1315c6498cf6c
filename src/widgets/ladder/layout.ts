/**
 * The ladder's pure rules: which rung an arrow key moves to (Up and Right
 * climb, Down and Left step down, Home and End go to the bottom and the top;
 * the ladder does not wrap), and the sentence parts that explain a result.
 */
import { VALUE_STAGES, type LadderAssessment, type StageId } from '$core';

export function rungAfterKey(current: number, key: string, count = VALUE_STAGES.length): number | undefined {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return Math.min(count - 1, current + 1);
    case 'ArrowDown':
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export interface Explanation {
  /** Stages whose statement the organisation agreed with, bottom up, as far as the climb goes. */
  held: StageId[];
  /** The stage that stopped the climb and its answer; null at the top. */
  stopped: { stage: StageId; answer: number } | null;
  /** Strengths above the stop that do not count yet. */
  heldBack: { stage: StageId; answer: number }[];
}

export function explain(result: LadderAssessment): Explanation {
  const answer = (stage: StageId) => result.scores.find((s) => s.stage === stage)!.score;
  return {
    held: VALUE_STAGES.slice(0, result.level),
    stopped: result.next ? { stage: result.next, answer: answer(result.next) } : null,
    heldBack: result.heldBack.map((stage) => ({ stage, answer: answer(stage) })),
  };
}
