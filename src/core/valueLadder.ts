/**
 * The value-stage ladder: four stages a company climbs on its way from
 * meeting standards to winning on customer value, and a short self-assessment
 * that places an organisation on it.
 *
 * Source: B. T. Gale, *Managing Customer Value* (Free Press, 1994), as adapted
 * in the Canada Post "Customer Value Management" deck (000). The practice
 * lines follow the deck; the measures, next steps and statements are the
 * course's own.
 */
import { between, InvalidInputError, wholeNumber } from './validate';
import { mean } from './numbers';

export interface LocalizedText {
  en: string;
  zh: string;
}

export type StageId = 'conformance-quality' | 'customer-satisfaction' | 'customer-loyalty' | 'customer-value';

export interface ValueStage {
  id: StageId;
  name: LocalizedText;
  focus: LocalizedText;
  /** What working at this stage looks like day to day. */
  practice: LocalizedText;
  measure: LocalizedText;
  /** What climbing to the next stage asks for; for the top stage, what staying there asks. */
  nextStep: LocalizedText;
}

/** Bottom rung first. */
export const VALUE_STAGES: readonly ValueStage[] = [
  {
    id: 'conformance-quality',
    name: { en: 'Conformance quality', zh: '符合质量标准' },
    focus: { en: 'Minimum requirements', zh: '达到基本要求' },
    practice: { en: 'Deliver what we promise and meet the standards we have set.', zh: '兑现对客户的承诺，达到既定的标准。' },
    measure: {
      en: 'Defect and error rates, on-time delivery, compliance with specifications and service standards.',
      zh: '缺陷率和差错率、准时交付率，以及是否符合产品规格和服务标准。',
    },
    nextStep: {
      en: 'Look outward: ask customers what they want, not only whether we met our own specification, and treat complaints as information.',
      zh: '把目光转向外部：不只检查是否符合自己的标准，更要了解客户想要什么，并把投诉当作改进的线索。',
    },
  },
  {
    id: 'customer-satisfaction',
    name: { en: 'Customer satisfaction', zh: '客户满意' },
    focus: { en: 'Customer focus', zh: '以客户为中心' },
    practice: { en: 'Provide what customers want and respond to their complaints.', zh: '提供客户想要的产品和服务，及时回应客户投诉。' },
    measure: {
      en: 'Satisfaction surveys of current customers; complaint numbers and how quickly and fully they are resolved.',
      zh: '现有客户满意度调查；投诉数量，以及投诉处理得是否迅速、彻底。',
    },
    nextStep: {
      en: 'Satisfaction alone does not keep customers: find out why satisfied customers still leave, and work on keeping them and on their recommendations.',
      zh: '仅靠满意留不住客户：要弄清满意的客户为什么仍会流失，着力留住客户并提高他们的推荐意愿。',
    },
  },
  {
    id: 'customer-loyalty',
    name: { en: 'Customer loyalty', zh: '客户忠诚' },
    focus: { en: 'Customer attitudes', zh: '客户态度' },
    practice: { en: 'Keep our customers and get them to recommend us.', zh: '留住现有客户，并让他们主动向别人推荐我们。' },
    measure: {
      en: 'Retention and defection rates, repeat purchase, share of wallet, willingness to recommend.',
      zh: '客户保持率和流失率、重复购买率、钱包份额、推荐意愿。',
    },
    nextStep: {
      en: 'Compare with competitors: learn which needs matter most to the customers you target, and how you perform on them against the alternatives.',
      zh: '与竞争对手比较：弄清目标客户最看重哪些需求，以及在这些需求上我们与竞争对手相比表现如何。',
    },
  },
  {
    id: 'customer-value',
    name: { en: 'Customer value', zh: '客户价值' },
    focus: { en: 'Competitive focus on targeted markets', zh: '在目标市场上与竞争对手比拼' },
    practice: {
      en: 'Meet the critical needs of targeted customers, outperform competitors and create new, unique benefits.',
      zh: '满足目标客户的关键需求，胜过竞争对手，并创造新的、独特的利益。',
    },
    measure: {
      en: 'Perceived quality and price relative to competitors (the customer value map); market share in the targeted segments.',
      zh: '相对于竞争对手的感知质量和价格（客户价值图），以及在目标细分市场中的份额。',
    },
    nextStep: {
      en: "Staying on top: keep measuring value against competitors, because today's unique benefit becomes tomorrow's minimum requirement.",
      zh: '保持领先：持续对照竞争对手衡量客户价值，因为今天独特的利益，明天就会变成基本要求。',
    },
  },
];

/** What a company below the first rung must do first. */
export const LADDER_FIRST_STEP: LocalizedText = {
  en: 'Start at the first rung: agree the minimum requirements every customer must get, and meet them every time.',
  zh: '从第一级做起：明确每位客户都应得到的基本要求，并且每次都做到。',
};

export interface LadderStatement {
  id: string;
  stage: StageId;
  text: LocalizedText;
}

/** Two statements per stage, answered on 1 (strongly disagree) to 5 (strongly agree). */
export const LADDER_STATEMENTS: readonly LadderStatement[] = [
  { id: 'cq-promises', stage: 'conformance-quality', text: { en: 'We consistently deliver what we promise to customers.', zh: '我们始终能兑现对客户的承诺。' } },
  { id: 'cq-standards', stage: 'conformance-quality', text: { en: 'Our products and services reliably meet our quality standards.', zh: '我们的产品和服务稳定地达到质量标准。' } },
  { id: 'cs-wants', stage: 'customer-satisfaction', text: { en: 'We regularly ask customers what they want and act on the answers.', zh: '我们定期了解客户的需求，并据此改进。' } },
  { id: 'cs-complaints', stage: 'customer-satisfaction', text: { en: 'Complaints are answered quickly and their causes are fixed.', zh: '客户投诉能得到迅速回应，问题的根源也会被解决。' } },
  { id: 'cl-retention', stage: 'customer-loyalty', text: { en: 'We track which customers we keep and which we lose, and why they leave.', zh: '我们跟踪哪些客户留了下来、哪些流失了，以及流失的原因。' } },
  { id: 'cl-recommend', stage: 'customer-loyalty', text: { en: 'Many of our customers recommend us to others.', zh: '我们的很多客户会主动向别人推荐我们。' } },
  { id: 'cv-critical-needs', stage: 'customer-value', text: { en: 'We know the critical needs of the customers we target and beat competitors on them.', zh: '我们了解目标客户的关键需求，并在这些方面胜过竞争对手。' } },
  { id: 'cv-new-benefits', stage: 'customer-value', text: { en: 'We create new, unique benefits that competitors do not offer.', zh: '我们不断创造竞争对手无法提供的新的、独特的利益。' } },
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
  /** The rung to climb to (null at the top) and what it asks. */
  next: { stage: StageId | null; step: LocalizedText };
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
  const scores = VALUE_STAGES.map(({ id }) => {
    const values = LADDER_STATEMENTS.filter((s) => s.stage === id).map((s) => checked.get(s.id) as number);
    const score = mean(values);
    return { stage: id, score, passed: score >= bar };
  });
  const firstFailed = scores.findIndex((s) => !s.passed);
  const level = firstFailed === -1 ? scores.length : firstFailed;
  const stage = level === 0 ? null : VALUE_STAGES[level - 1].id;
  const next =
    level === 0
      ? { stage: VALUE_STAGES[0].id, step: LADDER_FIRST_STEP }
      : { stage: level < VALUE_STAGES.length ? VALUE_STAGES[level].id : null, step: VALUE_STAGES[level - 1].nextStep };
  return { level, stage, scores, next };
}
