/**
 * Satisfaction and loyalty: how satisfaction turns into loyalty, and the ways
 * the course sorts and scores loyal customers.
 *
 * Sources:
 * - Curves and the four customer types: T. O. Jones & W. E. Sasser, "Why
 *   satisfied customers defect", Harvard Business Review, Nov–Dec 1995. The
 *   zones of defection, indifference and affection are drawn in J. L. Heskett
 *   et al., "Putting the service-profit chain to work", HBR, Mar–Apr 1994.
 * - Loyalty types: A. S. Dick & K. Basu (1994), "Customer loyalty: toward an
 *   integrated conceptual framework", JAMS 22(2).
 * - Loyalty index: the three subsystems and nine factors of the "Creating
 *   value for the enterprise" deck (003).
 *
 * The curves are shapes, not survey data: they reproduce what Jones & Sasser
 * describe, not numbers they measured.
 */
import { atLeast, between, InvalidInputError, probability, wholeNumber, within, type Limits } from './validate';
import { mean, sum } from './numbers';

/** The satisfaction scale: 1 = completely dissatisfied, 5 = completely satisfied. */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

/**
 * Curvature of the intensely competitive curve ((s−1)/4)^γ. Any γ above
 * ln 0.5 / ln 0.75 ≈ 2.4 makes the last step, 4 → 5, worth more than 1 → 4
 * together; at 4, 0.75⁴ ≈ 0.32, so a merely "satisfied" customer is still
 * more likely to leave than stay.
 */
export const COMPETITIVE_CURVATURE = 4;
/** Loyalty of a completely dissatisfied customer where switching is hard. */
export const CAPTIVE_FLOOR = 0.9;

export interface LoyaltyCurveInput {
  /** Satisfaction, continuous on 1–5. */
  satisfaction: number;
  /** Competition intensity in [0, 1]: 0 = little competition or high switching costs, 1 = intense. */
  competition: number;
}

const scaled = (s: number) => (s - SATISFACTION_MIN) / (SATISFACTION_MAX - SATISFACTION_MIN);

/**
 * Loyalty in [0, 1]: L = (1 − k)·H + k·F with x = (s − 1)/4, the captive
 * curve H = 0.9 + 0.1x and the competitive curve F = x^4. Both reach 1 at
 * complete satisfaction and H ≥ F below it, so competition never raises loyalty.
 */
export function loyaltyFromSatisfaction(input: LoyaltyCurveInput): number {
  const s = between('satisfaction', input.satisfaction, SATISFACTION_MIN, SATISFACTION_MAX);
  const k = probability('competition', input.competition);
  const x = scaled(s);
  const captive = CAPTIVE_FLOOR + (1 - CAPTIVE_FLOOR) * x;
  const competitive = x ** COMPETITIVE_CURVATURE;
  return Math.min(1, (1 - k) * captive + k * competitive);
}

/** `points` evenly spaced points (2–501) of one curve, for charting. */
export function loyaltyCurve(input: { competition: number; points?: number }): { satisfaction: number; loyalty: number }[] {
  const competition = probability('competition', input.competition);
  const points = wholeNumber('points', input.points ?? 41, 2, 501);
  return Array.from({ length: points }, (_, i) => {
    const satisfaction = i === points - 1 ? SATISFACTION_MAX : SATISFACTION_MIN + ((SATISFACTION_MAX - SATISFACTION_MIN) * i) / (points - 1);
    return { satisfaction, loyalty: loyaltyFromSatisfaction({ satisfaction, competition }) };
  });
}

export type SatisfactionZone = 'defection' | 'indifference' | 'affection';

/**
 * The course's simplification of the zones: defection below 2, indifference
 * from 2 to below 4, affection from 4 (a boundary belongs to the zone above it).
 */
export const ZONE_BOUNDARIES = { indifference: 2, affection: 4 } as const;

export function satisfactionZone(satisfaction: number): SatisfactionZone {
  const s = between('satisfaction', satisfaction, SATISFACTION_MIN, SATISFACTION_MAX);
  if (s >= ZONE_BOUNDARIES.affection) return 'affection';
  if (s >= ZONE_BOUNDARIES.indifference) return 'indifference';
  return 'defection';
}

/** loyalist = apostle; defector = terrorist. */
export type CustomerType = 'loyalist' | 'mercenary' | 'hostage' | 'defector';

export interface CustomerTypeThresholds {
  /** High satisfaction from here up, on 1–5. Default 4 ("satisfied"). */
  satisfaction?: number;
  /** High loyalty from here up, in [0, 1]. Default 0.5: more likely to stay than to go. */
  loyalty?: number;
}

/** Jones & Sasser's four types; a value equal to a threshold counts as high. */
export function customerType(
  customer: { satisfaction: number; loyalty: number },
  thresholds: CustomerTypeThresholds = {},
): CustomerType {
  const s = between('satisfaction', customer.satisfaction, SATISFACTION_MIN, SATISFACTION_MAX);
  const l = probability('loyalty', customer.loyalty);
  const sCut = between('thresholds.satisfaction', thresholds.satisfaction ?? 4, SATISFACTION_MIN, SATISFACTION_MAX);
  const lCut = probability('thresholds.loyalty', thresholds.loyalty ?? 0.5);
  const satisfied = s >= sCut;
  const loyal = l >= lCut;
  if (satisfied) return loyal ? 'loyalist' : 'mercenary';
  return loyal ? 'hostage' : 'defector';
}

/**
 * The ranges the satisfaction–loyalty chart exposes: satisfaction on the 1–5
 * scale, loyalty and competition intensity as shares, and how many customers
 * the learner places on the plane.
 */
export const LOYALTY_LIMITS = {
  satisfaction: { min: SATISFACTION_MIN, max: SATISFACTION_MAX },
  loyalty: { min: 0, max: 1 },
  competition: { min: 0, max: 1 },
  customers: { min: 1, max: 8, whole: true },
} as const satisfies Record<string, Limits>;

/** 'spurious' is also called inertia loyalty. */
export type DickBasuType = 'loyalty' | 'latent' | 'spurious' | 'none';

export interface DickBasuInput {
  /** How much the customer prefers us over the alternatives, in [0, 1]. */
  relativeAttitude: number;
  /** How much of their buying repeats with us, in [0, 1]. */
  repeatPatronage: number;
}

/** Dick & Basu's four types; a value equal to its threshold (default 0.5) counts as high. */
export function dickBasuType(
  input: DickBasuInput,
  thresholds: { relativeAttitude?: number; repeatPatronage?: number } = {},
): DickBasuType {
  const attitude = probability('relativeAttitude', input.relativeAttitude);
  const repeat = probability('repeatPatronage', input.repeatPatronage);
  const high = attitude >= probability('thresholds.relativeAttitude', thresholds.relativeAttitude ?? 0.5);
  const repeats = repeat >= probability('thresholds.repeatPatronage', thresholds.repeatPatronage ?? 0.5);
  if (high) return repeats ? 'loyalty' : 'latent';
  return repeats ? 'spurious' : 'none';
}

/** Each factor scored 0–1, 1 being the most loyal reading, except price sensitivity. */
export interface DurationFactors { purchaseFrequency?: number; frequencyTrend?: number; amountSpent?: number }
export interface ShareOfWalletFactors { crossBuying?: number; emotionalAttachment?: number }
export interface ReferralFactors {
  /** 1 = very price-sensitive; counted inverted, since the less sensitive are the more loyal. */
  priceSensitivity?: number;
  satisfaction?: number;
  willingnessToBuyAgain?: number;
  mentionsToOthers?: number;
}

export type LoyaltySubsystem = 'duration' | 'shareOfWallet' | 'referral';
export type LoyaltySubsystems = Record<LoyaltySubsystem, number>;

const FACTORS: Record<LoyaltySubsystem, string[]> = {
  duration: ['purchaseFrequency', 'frequencyTrend', 'amountSpent'],
  shareOfWallet: ['crossBuying', 'emotionalAttachment'],
  referral: ['priceSensitivity', 'satisfaction', 'willingnessToBuyAgain', 'mentionsToOthers'],
};

export interface LoyaltyIndexInput {
  /** Each subsystem as a score in [0, 1], or as its factors, which average into it. */
  duration: number | DurationFactors;
  shareOfWallet: number | ShareOfWalletFactors;
  referral: number | ReferralFactors;
  /** Relative weights (≥ 0, not all 0); normalised to sum to 1. Default equal. */
  weights?: LoyaltySubsystems;
}

export interface LoyaltyIndexResult {
  index: number;
  subsystems: LoyaltySubsystems;
  weights: LoyaltySubsystems;
}

const SUBSYSTEMS: LoyaltySubsystem[] = ['duration', 'shareOfWallet', 'referral'];

function subsystemScore(field: LoyaltySubsystem, value: unknown): number {
  if (typeof value !== 'object' || value === null) return probability(field, value);
  const factors = value as Record<string, unknown>;
  const scores = FACTORS[field]
    .filter((name) => factors[name] !== undefined)
    .map((name) => {
      const score = probability(`${field}.${name}`, factors[name]);
      return name === 'priceSensitivity' ? 1 - score : score;
    });
  if (scores.length === 0) throw new InvalidInputError(field, { kind: 'non-empty' });
  return Math.min(1, mean(scores));
}

/** The weighted loyalty index in [0, 1], with each subsystem's score and the normalised weights. */
export function loyaltyIndex(input: LoyaltyIndexInput): LoyaltyIndexResult {
  const raw = input.weights ?? { duration: 1, shareOfWallet: 1, referral: 1 };
  const given = SUBSYSTEMS.map((name) => atLeast(`weights.${name}`, raw[name], 0));
  const largest = Math.max(...given);
  if (largest === 0) throw new InvalidInputError('weights', { kind: 'min', min: 0, inclusive: false });
  // Scaling by the largest first keeps the sum finite for any finite weights.
  const relative = given.map((w) => w / largest);
  const total = sum(relative);
  const normalised = relative.map((w) => w / total);
  const scores = SUBSYSTEMS.map((name) => subsystemScore(name, input[name]));
  const index = Math.min(1, scores.reduce((sum, s, i) => sum + normalised[i] * s, 0));
  const byName = (values: number[]) =>
    Object.fromEntries(SUBSYSTEMS.map((name, i) => [name, values[i]])) as LoyaltySubsystems;
  return { index, subsystems: byName(scores), weights: byName(normalised) };
}

/**
 * A short questionnaire that places one customer on Dick & Basu's two axes:
 * three questions about relative attitude (how they rate us against the
 * alternatives, whether they recommend us, whether they would stay at a
 * slightly higher price) and three about repeat patronage (share of their
 * category spending, how often they come back when they buy, how long they
 * have bought from us). The questions' words are the loyalty-type widget's;
 * core keeps their ids and the scoring.
 */
export const DICK_BASU_QUESTIONS = {
  relativeAttitude: ['compare', 'recommend', 'premium'],
  repeatPatronage: ['share', 'frequency', 'tenure'],
} as const;

export type DickBasuQuestion = (typeof DICK_BASU_QUESTIONS)[keyof typeof DICK_BASU_QUESTIONS][number];

/**
 * Each question is answered on four levels, 0 (the least loyal reading) to 3.
 * Three questions of four levels give sums 0–9 per axis: no answer set lands
 * exactly on the 0.5 threshold, so every customer falls clearly in one type.
 */
export const DICK_BASU_LIMITS = {
  answer: { min: 0, max: 3, whole: true },
} as const satisfies Record<string, Limits>;

export interface DickBasuPlacement extends DickBasuInput {
  type: DickBasuType;
}

/** The two axis scores in [0, 1] (each the mean answer over 3) and the type they give. */
export function dickBasuFromAnswers(answers: Readonly<Record<DickBasuQuestion, number>>): DickBasuPlacement {
  if (typeof answers !== 'object' || answers === null) throw new InvalidInputError('answers', { kind: 'non-empty' });
  const score = (ids: readonly DickBasuQuestion[]) =>
    mean(ids.map((id) => within(`answers.${id}`, answers[id], DICK_BASU_LIMITS.answer))) / DICK_BASU_LIMITS.answer.max;
  const relativeAttitude = score(DICK_BASU_QUESTIONS.relativeAttitude);
  const repeatPatronage = score(DICK_BASU_QUESTIONS.repeatPatronage);
  return { relativeAttitude, repeatPatronage, type: dickBasuType({ relativeAttitude, repeatPatronage }) };
}
