/**
 * The retention simulator's scenario. Two views share it: a constant
 * retention rate followed over the years, with "+N points" beside it
 * (Reichheld & Sasser, 1990); and a survivor series the learner edits, fitted
 * by the shifted-beta-geometric model and by one constant rate (Fader &
 * Hardie, 2007). Ranges come from core's RETENTION_LIMITS and SBG_LIMITS.
 */
import { FADER_HARDIE_2007, RETENTION_LIMITS as R, SBG_LIMITS as S, type RetentionUpliftInput } from '$core';
import { choiceField, listField, numberField, type Codec } from '../kit/scenario';

export type RetentionView = 'constant' | 'sbg';
export const VIEWS: readonly RetentionView[] = ['constant', 'sbg'];
export type Shown = 'hide' | 'show';

export interface RetentionScenario {
  view: RetentionView;
  customers: number;
  retention: number;
  margin: number;
  /** Growth of each customer's margin per year they stay. */
  growth: number;
  years: number;
  discountRate: number;
  /** Points of retention added: 0 = no comparison. */
  uplift: number;
  /** Customers still active at the start of years 0, 1, …, n. */
  survivors: number[];
  /** Years to project the survivors to. */
  projectTo: number;
  /** Show what happened after the fitted years, when the series is a published one. */
  actual: Shown;
}

/** What "+5 points" adds. */
export const UPLIFT_POINTS = 5;

/** Fader & Hardie's regular customers, the years they fitted (0–7). */
export const REGULAR_FITTED = FADER_HARDIE_2007.regular.slice(0, FADER_HARDIE_2007.calibrationYears + 1);
export const HIGH_END_FITTED = FADER_HARDIE_2007.highEnd.slice(0, FADER_HARDIE_2007.calibrationYears + 1);
/** A cohort with no mix in it: every customer keeps 70% odds of staying each year. */
export const ONE_RATE = [1000, 700, 490, 343, 240, 168, 118, 82];

/** MBNA's case (Reichheld & Sasser, 1990): defection halved from about 10% to 5% a year. Margin and horizon are illustrative. */
export const CREDIT_CARD_CASE: Partial<RetentionScenario> = { view: 'constant', retention: 0.9, uplift: UPLIFT_POINTS, years: 20, margin: 100, growth: 0, discountRate: 0.1 };

/** A survivor series: per-value limits from core, and at least the three years a fit needs. Whether it never rises is the model's to say. */
function survivorsField() {
  const base = listField('survivors', [...REGULAR_FITTED], { limits: S.survivors, step: 1, slider: false }, S.observedPeriods.max);
  return { ...base, read: (raw: string) => { const v = base.read(raw); return v && v.length >= S.observedPeriods.min ? v : undefined; } };
}

export const retentionCodec = {
  id: 'retention',
  fields: {
    view: choiceField<RetentionView>('view', 'constant', VIEWS),
    customers: numberField('customers', 1000, { limits: R.customers, step: 1, slider: { max: 100_000, log: true } }),
    retention: numberField('retention', 0.8, { limits: R.retention, percent: true, step: 1 }),
    margin: numberField('margin', 100, { limits: R.marginPerCustomer, step: 5, slider: { max: 1000 } }),
    growth: numberField('growth', 0, { limits: R.marginGrowth, percent: true, step: 1 }),
    years: numberField('years', 10, { limits: R.periods, step: 1 }),
    discountRate: numberField('discount', 0.1, { limits: R.discountRate, percent: true, step: 0.5, slider: { max: 30 } }),
    uplift: numberField('uplift', 0, { limits: R.points, step: 1, slider: false }),
    survivors: survivorsField(),
    projectTo: numberField('project', 12, { limits: S.projectTo, step: 1 }),
    actual: choiceField<Shown>('actual', 'hide', ['hide', 'show']),
  },
} satisfies Codec<RetentionScenario>;

export function toUpliftInput(s: RetentionScenario): RetentionUpliftInput {
  return {
    customers: s.customers,
    retention: s.retention,
    marginPerCustomer: s.margin,
    marginGrowth: s.growth,
    periods: s.years,
    discountRate: s.discountRate,
    points: s.uplift,
  };
}

/** The published series this one starts as, if any: its later years can then be shown. */
export function publishedSeries(survivors: readonly number[]): readonly number[] | undefined {
  return [FADER_HARDIE_2007.regular, FADER_HARDIE_2007.highEnd].find(
    (full) => survivors.length < full.length && survivors.every((v, i) => v === full[i]),
  );
}
