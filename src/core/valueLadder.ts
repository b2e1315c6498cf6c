/**
 * The value-stage ladder: four stages a company climbs on its way from
 * meeting standards to winning on customer value, and a short self-assessment
 * that places an organisation on it.
 *
 * Source: B. T. Gale, *Managing Customer Value* (Free Press, 1994), as adapted
 * in the Canada Post "Customer Value Management" deck (000). The model is
 * the order of the stages and the rule for placing an organisation; the
 * words (each stage's focus, practice, measures, next step, and the
 * statements) are the ladder widget's messages.
 */
import { mean } from './numbers';
import { between, InvalidInputError, within, type Limits } from './validate';

export type StageId = 'conformance-quality' | 'customer-satisfaction' | 'customer-loyalty' | 'customer-value';

/** The four stages, bottom rung first. What each means, measures and asks is the widget's text, not core's. */
export const VALUE_STAGES: readonly StageId[] = ['conformance-quality', 'customer-satisfaction', 'customer-loyalty', 'customer-value'];

export interface LadderStatement {
  id: string;
  stage: StageId;
}

/**
 * One statement per stage, in the stages' order, answered on 1 (strongly
 * disagree) to 5 (strongly agree); their wording is the widget's. One each
 * keeps the assessment short enough to do in a classroom in a minute.
 */
export const LADDER_STATEMENTS: readonly LadderStatement[] = [
  { id: 'cq-promises', stage: 'conformance-quality' },
  { id: 'cs-wants', stage: 'customer-satisfaction' },
  { id: 'cl-keep-recommend', stage: 'customer-loyalty' },
  { id: 'cv-beat-competitors', stage: 'customer-value' },
];

/** An answer is a whole number from 1 (strongly disagree) to 5 (strongly agree); the threshold lies in the same range. */
export const LADDER_LIMITS = {
  answer: { min: 1, max: 5, whole: true },
  threshold: { min: 1, max: 5 },
} as const satisfies Record<string, Limits>;

/** A stage counts as reached when its answer is at least this: "agree" (4) or "strongly agree" (5). */
export const LADDER_THRESHOLD = 3.5;

export interface StageScore {
  stage: StageId;
  /** The mean answer to this stage's statements, 1–5 (with one statement a stage, that answer). */
  score: number;
  /** The score reaches the threshold, whatever the lower stages scored. */
  passed: boolean;
}

export interface LadderAssessment {
  /** Rungs climbed: 0 = not yet on the first, 4 = customer value. */
  level: number;
  stage: StageId | null;
  scores: StageScore[];
  /** The rung to climb to next; null at the top, where the task is to stay there. */
  next: StageId | null;
  /** Stages above the one that fell short whose answers passed: strengths that do not count until the rung below holds. */
  heldBack: StageId[];
}

/**
 * The stage reached is the highest one whose statements, and every lower
 * stage's, average at least `threshold` (default 3.5): a company cannot skip
 * a rung, so strong answers higher up do not count while a lower stage fails.
 */
export function assessValueStage(answers: Readonly<Record<string, number>>, threshold = LADDER_THRESHOLD): LadderAssessment {
  if (typeof answers !== 'object' || answers === null) throw new InvalidInputError('answers', { kind: 'non-empty' });
  const bar = between('threshold', threshold, LADDER_LIMITS.threshold.min, LADDER_LIMITS.threshold.max);
  const checked = new Map(LADDER_STATEMENTS.map((s) => [s.id, within(`answers.${s.id}`, answers[s.id], LADDER_LIMITS.answer)]));
  const scores = VALUE_STAGES.map((id) => {
    const values = LADDER_STATEMENTS.filter((s) => s.stage === id).map((s) => checked.get(s.id) as number);
    const score = mean(values);
    return { stage: id, score, passed: score >= bar };
  });
  const firstFailed = scores.findIndex((s) => !s.passed);
  const level = firstFailed === -1 ? scores.length : firstFailed;
  const stage = level === 0 ? null : VALUE_STAGES[level - 1];
  return {
    level,
    stage,
    scores,
    next: level < VALUE_STAGES.length ? VALUE_STAGES[level] : null,
    heldBack: scores.slice(level + 1).filter((s) => s.passed).map((s) => s.stage),
  };
}
