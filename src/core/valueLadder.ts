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
import { between, InvalidInputError, wholeNumber } from './validate';
import { mean } from './numbers';

export type StageId = 'conformance-quality' | 'customer-satisfaction' | 'customer-loyalty' | 'customer-value';

/** The four stages, bottom rung first. What each means, measures and asks is the widget's text, not core's. */
export const VALUE_STAGES: readonly StageId[] = ['conformance-quality', 'customer-satisfaction', 'customer-loyalty', 'customer-value'];

export interface LadderStatement {
  id: string;
  stage: StageId;
}

/** Two statements per stage, answered on 1 (strongly disagree) to 5 (strongly agree); their wording is the widget's. */
export const LADDER_STATEMENTS: readonly LadderStatement[] = [
  { id: 'cq-promises', stage: 'conformance-quality' },
  { id: 'cq-standards', stage: 'conformance-quality' },
  { id: 'cs-wants', stage: 'customer-satisfaction' },
  { id: 'cs-complaints', stage: 'customer-satisfaction' },
  { id: 'cl-retention', stage: 'customer-loyalty' },
  { id: 'cl-recommend', stage: 'customer-loyalty' },
  { id: 'cv-critical-needs', stage: 'customer-value' },
  { id: 'cv-new-benefits', stage: 'customer-value' },
];

export interface StageScore {
  stage: StageId;
  /** The mean answer to this stage's statements, 1–5. */
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
}

/**
 * The stage reached is the highest one whose statements, and every lower
 * stage's, average at least `threshold` (default 3.5): a company cannot skip
 * a rung, so strong answers higher up do not count while a lower stage fails.
 */
export function assessValueStage(answers: Readonly<Record<string, number>>, threshold = 3.5): LadderAssessment {
  if (typeof answers !== 'object' || answers === null) throw new InvalidInputError('answers', { kind: 'non-empty' });
  const bar = between('threshold', threshold, 1, 5);
  const checked = new Map(LADDER_STATEMENTS.map((s) => [s.id, wholeNumber(`answers.${s.id}`, answers[s.id], 1, 5)]));
  const scores = VALUE_STAGES.map((id) => {
    const values = LADDER_STATEMENTS.filter((s) => s.stage === id).map((s) => checked.get(s.id) as number);
    const score = mean(values);
    return { stage: id, score, passed: score >= bar };
  });
  const firstFailed = scores.findIndex((s) => !s.passed);
  const level = firstFailed === -1 ? scores.length : firstFailed;
  const stage = level === 0 ? null : VALUE_STAGES[level - 1];
  return { level, stage, scores, next: level < VALUE_STAGES.length ? VALUE_STAGES[level] : null };
}
