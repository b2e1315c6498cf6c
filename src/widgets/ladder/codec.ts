/**
 * The value-stage ladder's scenario: the rung the learner has open, and the
 * self-assessment's answers (one per stage, 1–5, or not yet given). Both are
 * in the address, so an instructor can share a class's answer or step the
 * room through the rungs. Stages, statements and answer limits come from core.
 */
import { LADDER_LIMITS, LADDER_STATEMENTS, VALUE_STAGES, type StageId } from '$core';
import { parseStoredNumber } from '../../lib/number';
import { choiceField, inLimits, type Codec, type Field } from '../kit/scenario';

export type Answer = number | null;

export interface LadderScenario {
  /** The rung whose focus, practice, measures and next step are shown. */
  rung: StageId;
  /** One answer per statement, in LADDER_STATEMENTS' order; null = not answered yet. */
  answers: Answer[];
}

const UNANSWERED = '-';

/** Answers written as "4,5,2,-": a dash for one not given yet. A shorter list leaves the rest unanswered. */
export function answersField(key: string): Field<Answer[]> {
  const n = LADDER_STATEMENTS.length;
  return {
    key,
    default: Array<Answer>(n).fill(null),
    read(raw) {
      const parts = raw.split(',');
      if (parts.length > n) return undefined;
      const values: Answer[] = [];
      for (const part of parts) {
        if (part.trim() === UNANSWERED || part.trim() === '') {
          values.push(null);
          continue;
        }
        const v = parseStoredNumber(part);
        if (v === undefined || !inLimits(LADDER_LIMITS.answer, v)) return undefined;
        values.push(v);
      }
      return [...values, ...Array<Answer>(n - values.length).fill(null)];
    },
    write: (values) => values.map((v) => (v === null ? UNANSWERED : String(v))).join(','),
  };
}

export const ladderCodec = {
  id: 'ladder',
  fields: {
    rung: choiceField('rung', VALUE_STAGES[0], VALUE_STAGES),
    answers: answersField('answers'),
  },
} satisfies Codec<LadderScenario>;
