/**
 * The loyalty-type matrix's scenario: one customer, as the answers to six
 * questions (0–3 each), three on relative attitude and three on repeat
 * purchase (core's DICK_BASU_QUESTIONS). Starts with a customer who buys
 * from us every day but rates us no better than anyone else.
 */
import { DICK_BASU_LIMITS, DICK_BASU_QUESTIONS, type DickBasuQuestion } from '$core';
import { numberField, type Codec, type NumberField } from '../kit/scenario';

export type LoyaltyTypesScenario = Record<DickBasuQuestion, number>;

export const QUESTIONS: readonly DickBasuQuestion[] = [...DICK_BASU_QUESTIONS.relativeAttitude, ...DICK_BASU_QUESTIONS.repeatPatronage];

/** The commuter at the station kiosk: rates it "about the same" as others, would not mention it, would leave over a small price rise; buys there nearly every day, for a few years. */
export const KIOSK_REGULAR: LoyaltyTypesScenario = { compare: 1, recommend: 1, premium: 0, share: 3, frequency: 3, tenure: 2 };

const answer = (key: DickBasuQuestion): NumberField => numberField(key, KIOSK_REGULAR[key], { limits: DICK_BASU_LIMITS.answer, step: 1, slider: false });

export const loyaltyTypesCodec = {
  id: 'loyalty-types',
  fields: Object.fromEntries(QUESTIONS.map((q) => [q, answer(q)])) as { [K in DickBasuQuestion]: NumberField },
} satisfies Codec<LoyaltyTypesScenario>;
