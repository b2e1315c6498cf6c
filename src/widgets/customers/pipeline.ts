/**
 * The import, from a file's text to everything the "Your customers" page
 * shows: the log, the RFM summary, the fitted BG/NBD, Pareto/NBD and
 * Gamma-Gamma models, each customer's P(alive), expected purchases, expected
 * spend and lifetime value, the calibration checks, and the customer pyramid
 * and Pareto curve of their revenue. Runs in the import worker (worker.ts);
 * pure and importable, so tests and the benchmark run it in Node.
 */
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  calibrationAndHoldout,
  CLV_LIMITS,
  CLV_MONTH,
  customerTiers,
  customersToReach,
  discountedPurchases,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  formatDay,
  gammaGammaExpectedSpend,
  gini,
  InvalidInputError,
  isoDay,
  lorenzCurve,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdProbabilityAlive,
  rfmSummary,
  RFM_LIMITS,
  topShare,
  UNIT_DAYS,
  type BgNbdFit,
  type CustomerHistory,
  type GammaGammaFit,
  type LorenzPoint,
  type ParetoNbdFit,
  type Period,
  type PurchaseModel,
  type RfmSummary,
  type TimeUnit,
} from '$core';
import { decode, ImportError, parseLogAsync, type ColumnChoice, type Delimiter, type Encoding, type ParseOptions, type Problems } from './parse';
import type { DateFormat, DecimalMark } from './formats';

export interface ImportOptions {
  parse?: ParseOptions;
  /** The last day observed, YYYY-MM-DD. Default: the last transaction's day. */
  observationEnd?: string;
  /** The end of a calibration period, YYYY-MM-DD: the models are fitted up to it and checked on what follows. Default: no holdout. */
  calibrationEnd?: string | null;
  /** Purchases within one period count as one. Default 'day'. */
  period?: Period;
  /** The unit of recency, age and the models' time. Default 'weeks'. */
  unit?: TimeUnit;
  /** Which models to fit. Default all three. */
  fit?: { bgnbd?: boolean; paretonbd?: boolean; gammagamma?: boolean };
  /** The purchase model behind forecasts and lifetime values. Default 'bgnbd' (Pareto/NBD if BG/NBD is not fitted). */
  forecastWith?: 'bgnbd' | 'paretonbd';
  /** Lifetime value horizon in months, and the monthly discount rate. Defaults 12 and 0.01. */
  months?: number;
  monthlyDiscount?: number;
}

export type Stage = 'read' | 'parse' | 'summary' | 'bgnbd' | 'paretonbd' | 'gammagamma' | 'forecast' | 'concentration';

export interface Progress {
  stage: Stage;
  /** 0…1 over the whole import. */
  fraction: number;
}

export interface ImportHooks {
  onProgress?: (progress: Progress) => void;
  /** Awaited between stages and chunks; throw ImportError('cancelled') from it to stop. */
  checkpoint?: () => Promise<void> | void;
}

/** Why a model was not fitted or is not used. */
export type SkipReason = 'not-asked' | 'too-few-customers' | 'no-repeat-buyers' | 'did-not-converge' | 'mean-spend-undefined' | 'failed';

export interface Timed<F> {
  fit: F;
  milliseconds: number;
}

export interface ImportResult {
  parse: {
    encoding: Encoding;
    delimiter: Delimiter;
    header: boolean;
    names: string[];
    columns: ColumnChoice;
    dateFormat: DateFormat;
    decimal: DecimalMark;
    records: number;
    kept: number;
    problems: Problems;
    refunds: number;
    duplicates: number;
  };
  period: Period;
  unit: TimeUnit;
  firstDay: string;
  lastDay: string;
  observationEnd: string;
  calibrationEnd: string | null;
  /** Customers with a purchase by the observation end; transactions kept; revenue (refunds netted). */
  customers: number;
  transactions: number;
  revenue: number;
  /** The summary the models were fitted to (the calibration period's, with a holdout). Rows align with `ids`. */
  rfm: { ids: string[]; x: Float64Array; tx: Float64Array; T: Float64Array; monetary: Float64Array; firstDay: Int32Array };
  /** Distinct (x, tₓ, T) histories among them. */
  histories: number;
  fits: { bgnbd?: Timed<BgNbdFit>; paretonbd?: Timed<ParetoNbdFit>; gammagamma?: Timed<GammaGammaFit> };
  skipped: { model: 'bgnbd' | 'paretonbd' | 'gammagamma'; reason: SkipReason }[];
  /** Per row of `rfm`, from the forecasting model (spend and value are empty without a Gamma-Gamma fit). */
  forecast?: {
    model: 'bgnbd' | 'paretonbd';
    months: number;
    monthlyDiscount: number;
    /** The horizon in the unit: months × a month's length (CLV_MONTH). */
    horizon: number;
    pAlive: Float64Array;
    purchases: Float64Array;
    spend: Float64Array;
    value: Float64Array;
  };
  /** Customers by repeat purchases in calibration, 0…6 and "7 or more": actual against the BG/NBD's Σ P(X(Tᵢ) = x). */
  frequencyCheck?: { x: number; orMore: boolean; actual: number; expected: number }[];
  /** With a holdout: per calibration frequency, the mean repeat purchases in the holdout, actual and forecast. */
  holdout?: { duration: number; byFrequency: { x: number; orMore: boolean; customers: number; actual: number; expected: number }[] };
  /** Revenue per customer over the whole log up to the observation end (refunds netted, floored at 0). */
  concentration?: {
    gini: number;
    top20: number;
    toReach80: number;
    /** The Lorenz curve at 201 customer shares 0, 0.005, …, 1. */
    lorenz: LorenzPoint[];
    /** Curry's pyramid (1/4/15/80%): tiers without their member lists. */
    tiers: { name: string; customers: number; revenue: number; customerShare: number; revenueShare: number; averageRevenue: number }[];
    /** Each customer's revenue, in the order customers first appear (for the pyramid and Pareto widgets). */
    revenues: Float64Array;
  };
  timings: Partial<Record<Stage, number>>;
}

/** Fewer customers than this and the models are not fitted: their estimates would mean little. */
export const MIN_CUSTOMERS_TO_FIT = 20;
/** Fewer repeat buyers than this and Gamma-Gamma is not fitted. */
export const MIN_REPEAT_BUYERS_TO_FIT = 10;
const FREQUENCY_BINS = 7;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function day(field: string, iso: string | undefined | null): number | undefined {
  if (iso === undefined || iso === null || iso === '') return undefined;
  try {
    return isoDay(field, iso);
  } catch {
    throw new ImportError('bad-option', { option: field });
  }
}

/** Runs the whole import. Throws ImportError for a file that cannot be read at all. */
export async function runImport(input: string | ArrayBuffer | Uint8Array, options: ImportOptions = {}, hooks: ImportHooks = {}): Promise<ImportResult> {
  const timings: Partial<Record<Stage, number>> = {};
  const progress = (stage: Stage, fraction: number) => hooks.onProgress?.({ stage, fraction: Math.min(1, Math.max(0, fraction)) });
  const checkpoint = async () => {
    await hooks.checkpoint?.();
  };
  let t = now();
  const lap = (stage: Stage) => {
    const t2 = now();
    timings[stage] = (timings[stage] ?? 0) + (t2 - t);
    t = t2;
  };

  progress('read', 0);
  const { text, encoding } = decode(input);
  lap('read');
  await checkpoint();
  const log = await parseLogAsync(text, options.parse, { onProgress: (f) => progress('parse', 0.5 * f), checkpoint });
  lap('parse');

  const period = options.period ?? 'day';
  const unit = options.unit ?? 'weeks';
  if (!['day', 'week', 'month'].includes(period)) throw new ImportError('bad-option', { option: 'period' });
  if (!['days', 'weeks', 'months'].includes(unit)) throw new ImportError('bad-option', { option: 'unit' });
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < log.day.length; i++) {
    if (log.day[i] < firstDay) firstDay = log.day[i];
    if (log.day[i] > lastDay) lastDay = log.day[i];
  }
  const observationEnd = day('observationEnd', options.observationEnd) ?? lastDay;
  const calibrationEnd = day('calibrationEnd', options.calibrationEnd) ?? null;
  if (observationEnd < firstDay) throw new ImportError('nothing-before-end', { firstDay: formatDay(firstDay), observationEnd: formatDay(observationEnd) });
  if (calibrationEnd !== null && (calibrationEnd < firstDay || calibrationEnd >= observationEnd)) throw new ImportError('bad-option', { option: 'calibrationEnd' });

  const transactionLog = { customers: log.ids.length, customer: log.customer, day: log.day, amount: log.amount };
  const full = rfmSummary(transactionLog, { observationEnd, period, unit });
  let fitted: RfmSummary = full;
  let holdoutFrequency: Float64Array | null = null;
  let holdoutDuration = 0;
  if (calibrationEnd !== null) {
    try {
      const split = calibrationAndHoldout(transactionLog, { calibrationEnd, observationEnd, period, unit });
      fitted = split.calibration;
      holdoutFrequency = split.holdoutFrequency;
      holdoutDuration = split.holdoutDuration;
    } catch (e) {
      if (e instanceof InvalidInputError) throw new ImportError('bad-option', { option: 'calibrationEnd' });
      throw e;
    }
  }
  lap('summary');
  progress('summary', 0.55);
  await checkpoint();

  const rows = fitted.x.length;
  const histories = groupHistories(fitted);
  const result: ImportResult = {
    parse: {
      encoding,
      delimiter: log.options.delimiter,
      header: log.options.header,
      names: log.inspection.names,
      columns: log.options.columns,
      dateFormat: log.options.dateFormat,
      decimal: log.options.decimal,
      records: log.records,
      kept: log.kept,
      problems: log.problems,
      refunds: log.refunds,
      duplicates: log.duplicates,
    },
    period,
    unit,
    firstDay: formatDay(firstDay),
    lastDay: formatDay(lastDay),
    observationEnd: formatDay(observationEnd),
    calibrationEnd: calibrationEnd === null ? null : formatDay(calibrationEnd),
    customers: full.x.length,
    transactions: log.kept,
    revenue: full.total.reduce((a, b) => a + b, 0),
    rfm: { ids: [...fitted.customer].map((c) => log.ids[c]), x: fitted.x, tx: fitted.tx, T: fitted.T, monetary: fitted.monetary, firstDay: fitted.firstDay },
    histories: histories.count,
    fits: {},
    skipped: [],
    timings,
  };

  // ── Fits ──
  const want = { bgnbd: true, paretonbd: true, gammagamma: true, ...options.fit };
  const repeatBuyers = fitted.x.reduce((n, x) => n + (x > 0 ? 1 : 0), 0);
  const purchaseSkip: SkipReason | null = rows < MIN_CUSTOMERS_TO_FIT ? 'too-few-customers' : repeatBuyers === 0 ? 'no-repeat-buyers' : null;
  const data = { x: histories.x, tx: histories.tx, T: histories.T, count: histories.weight };
  const attempt = <F extends { converged: boolean }>(model: 'bgnbd' | 'paretonbd' | 'gammagamma', skip: SkipReason | null, run: () => F): Timed<F> | undefined => {
    if (!want[model]) {
      result.skipped.push({ model, reason: 'not-asked' });
      return undefined;
    }
    if (skip) {
      result.skipped.push({ model, reason: skip });
      return undefined;
    }
    const start = now();
    try {
      const fit = run();
      if (!fit.converged) {
        result.skipped.push({ model, reason: 'did-not-converge' });
        return undefined;
      }
      return { fit, milliseconds: now() - start };
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      result.skipped.push({ model, reason: 'failed' });
      return undefined;
    }
  };
  // A fit whose estimates lie outside the range the models' forecasts accept (an α of 10⁹ on a tiny file) counts
  // as failed here, rather than failing the whole import later: each fit is tried on one history at once.
  const probe = { x: 1, tx: 1, T: 2 };
  result.fits.bgnbd = attempt('bgnbd', purchaseSkip, () => {
    const fit = fitBgNbd(data);
    bgNbdProbabilityAlive(fit.params, probe);
    bgNbdConditionalExpectedPurchases(fit.params, probe, 1);
    return fit;
  });
  lap('bgnbd');
  progress('bgnbd', 0.65);
  await checkpoint();
  result.fits.paretonbd = attempt('paretonbd', purchaseSkip, () => {
    const fit = fitParetoNbd(data);
    paretoNbdProbabilityAlive(fit.params, probe);
    paretoNbdConditionalExpectedPurchases(fit.params, probe, 1);
    return fit;
  });
  lap('paretonbd');
  progress('paretonbd', 0.8);
  await checkpoint();
  const spendX: number[] = [];
  const spendM: number[] = [];
  for (let i = 0; i < rows; i++) {
    if (fitted.x[i] > 0 && fitted.monetary[i] > 0) {
      spendX.push(fitted.x[i]);
      spendM.push(fitted.monetary[i]);
    }
  }
  result.fits.gammagamma = attempt('gammagamma', spendX.length < MIN_REPEAT_BUYERS_TO_FIT ? 'no-repeat-buyers' : null, () => {
    const fit = fitGammaGamma({ x: spendX, m: spendM });
    if (fit.params.q > 1) gammaGammaExpectedSpend(fit.params, spendX[0], spendM[0]);
    return fit;
  });
  if (result.fits.gammagamma && !(result.fits.gammagamma.fit.params.q > 1)) {
    result.skipped.push({ model: 'gammagamma', reason: 'mean-spend-undefined' });
    delete result.fits.gammagamma;
  }
  lap('gammagamma');
  progress('gammagamma', 0.85);
  await checkpoint();

  // ── Forecasts, per distinct history ──
  const choice = options.forecastWith ?? (result.fits.bgnbd ? 'bgnbd' : 'paretonbd');
  const purchaseFit = choice === 'bgnbd' ? result.fits.bgnbd : result.fits.paretonbd;
  const months = options.months ?? 12;
  const monthlyDiscount = options.monthlyDiscount ?? 0.01;
  if (!Number.isInteger(months) || months < CLV_LIMITS.months.min || months > CLV_LIMITS.months.max) throw new ImportError('bad-option', { option: 'months' });
  if (!(monthlyDiscount >= CLV_LIMITS.monthlyDiscount.min && monthlyDiscount <= CLV_LIMITS.monthlyDiscount.max)) throw new ImportError('bad-option', { option: 'monthlyDiscount' });
  if (purchaseFit) {
    const model = { kind: choice, params: purchaseFit.fit.params } as PurchaseModel;
    const horizon = months * CLV_MONTH[unit];
    const alive = (h: CustomerHistory) => (model.kind === 'bgnbd' ? bgNbdProbabilityAlive(model.params, h) : paretoNbdProbabilityAlive(model.params, h));
    const expected = (h: CustomerHistory, t: number) =>
      model.kind === 'bgnbd' ? bgNbdConditionalExpectedPurchases(model.params, h, t) : paretoNbdConditionalExpectedPurchases(model.params, h, t);
    const g = histories.count;
    const [gAlive, gPurchases, gDiscounted] = [new Float64Array(g), new Float64Array(g), new Float64Array(g)];
    for (let k = 0; k < g; k++) {
      const h = { x: histories.x[k], tx: histories.tx[k], T: histories.T[k] };
      gAlive[k] = alive(h);
      gPurchases[k] = expected(h, horizon);
      gDiscounted[k] = discountedPurchases(model, h, { months, monthlyDiscount, unit });
      if (k % 2000 === 1999) {
        progress('forecast', 0.85 + (0.1 * k) / g);
        await checkpoint();
      }
    }
    const forecast = {
      model: choice,
      months,
      monthlyDiscount,
      horizon,
      pAlive: new Float64Array(rows),
      purchases: new Float64Array(rows),
      spend: new Float64Array(rows),
      value: new Float64Array(rows),
    };
    const spendParams = result.fits.gammagamma?.fit.params;
    for (let i = 0; i < rows; i++) {
      const k = histories.index[i];
      forecast.pAlive[i] = gAlive[k];
      forecast.purchases[i] = gPurchases[k];
      if (spendParams) {
        forecast.spend[i] = gammaGammaExpectedSpend(spendParams, fitted.x[i], Math.max(0, fitted.monetary[i]));
        forecast.value[i] = forecast.spend[i] * gDiscounted[k];
      }
    }
    // Without a spend model there is no value to show: the purchase forecasts only.
    if (!spendParams) [forecast.spend, forecast.value] = [new Float64Array(0), new Float64Array(0)];
    result.forecast = forecast;

    if (holdoutFrequency) {
      const bins = Array.from({ length: FREQUENCY_BINS + 1 }, (_, x) => ({ x, orMore: x === FREQUENCY_BINS, customers: 0, actual: 0, expected: 0 }));
      const expectedHoldout = new Float64Array(g).fill(-1);
      for (let i = 0; i < rows; i++) {
        const k = histories.index[i];
        if (expectedHoldout[k] < 0) expectedHoldout[k] = expected({ x: histories.x[k], tx: histories.tx[k], T: histories.T[k] }, holdoutDuration);
        const bin = bins[Math.min(FREQUENCY_BINS, fitted.x[i])];
        bin.customers++;
        bin.actual += holdoutFrequency[i];
        bin.expected += expectedHoldout[k];
      }
      for (const bin of bins) if (bin.customers > 0) [bin.actual, bin.expected] = [bin.actual / bin.customers, bin.expected / bin.customers];
      result.holdout = { duration: holdoutDuration, byFrequency: bins };
    }
  }
  if (result.fits.bgnbd) {
    // Σ over customers of P(X(Tᵢ) = x), customers grouped by T.
    const params = result.fits.bgnbd.fit.params;
    const byT = new Map<number, number>();
    for (let i = 0; i < rows; i++) byT.set(fitted.T[i], (byT.get(fitted.T[i]) ?? 0) + 1);
    const check = Array.from({ length: FREQUENCY_BINS + 1 }, (_, x) => ({ x, orMore: x === FREQUENCY_BINS, actual: 0, expected: 0 }));
    for (let i = 0; i < rows; i++) check[Math.min(FREQUENCY_BINS, fitted.x[i])].actual++;
    for (const [T, n] of byT) {
      let below = 0;
      for (let x = 0; x < FREQUENCY_BINS; x++) {
        const p = bgNbdProbabilityOfPurchases(params, T, x);
        check[x].expected += n * p;
        below += p;
      }
      check[FREQUENCY_BINS].expected += n * Math.max(0, 1 - below);
    }
    result.frequencyCheck = check;
  }
  lap('forecast');
  progress('forecast', 0.95);
  await checkpoint();

  // ── Pyramid and Pareto curve over the whole log ──
  const revenues = Array.from(full.total, (v) => Math.max(0, v));
  if (revenues.some((v) => v > 0)) result.concentration = { ...concentration(revenues), revenues: Float64Array.from(revenues) };
  lap('concentration');
  progress('concentration', 1);
  return result;
}

/** The pyramid and Pareto numbers of a list of customer revenues (each ≥ 0, some > 0). */
export function concentration(revenues: number[]): Omit<NonNullable<ImportResult['concentration']>, 'revenues'> {
  const curve = lorenzCurve(revenues);
  const n = curve.length - 1;
  const lorenz = Array.from({ length: 201 }, (_, k) => curve[Math.round((k / 200) * n)]);
  const tiers = customerTiers({ revenues }).map(({ members: _members, ...tier }) => tier);
  return { gini: gini(revenues), top20: topShare(revenues, 0.2), toReach80: customersToReach(revenues, 0.8), lorenz, tiers };
}

/** Distinct (x, tₓ, T) histories with counts, and each row's history. */
function groupHistories(s: RfmSummary) {
  const n = s.x.length;
  // A number per history: x and the whole days behind tₓ and T (times are days over the unit's length).
  const unitDays = UNIT_DAYS[s.unit];
  const span = RFM_LIMITS.lastDay - RFM_LIMITS.firstDay + 1;
  let maxX = 0;
  for (let i = 0; i < n; i++) maxX = Math.max(maxX, s.x[i]);
  const numeric = (maxX + 1) * span * span < Number.MAX_SAFE_INTEGER;
  const keyOf = (i: number): number | string =>
    numeric ? (s.x[i] * span + Math.round(s.tx[i] * unitDays)) * span + Math.round(s.T[i] * unitDays) : `${s.x[i]} ${s.tx[i]} ${s.T[i]}`;
  const key = new Map<number | string, number>();
  const index = new Int32Array(n);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    let g = key.get(k);
    if (g === undefined) {
      g = x.length;
      key.set(k, g);
      x.push(s.x[i]);
      tx.push(s.tx[i]);
      T.push(s.T[i]);
      count.push(0);
    }
    count[g]++;
    index[i] = g;
  }
  return { x, tx, T, weight: count, count: x.length, index };
}
