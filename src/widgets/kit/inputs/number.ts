/**
 * A number input's rules in the units the learner sees (a percentage is typed
 * as 40 and kept as 0.4): reading typed text, the slider's positions, and the
 * words for a value. The range itself comes from core, through the field's spec.
 */
import { formatNumber } from '../../../lib/i18n';
import { parseTypedNumber } from '../../../lib/number';
import { inLimits, type NumberSpec } from '../scenario';
import { t } from '../messages';

const scale = (spec: NumberSpec) => (spec.percent ? 100 : 1);

/** Model → shown units, rounded so 0.45 shows as 45, not 45.00000000000001. */
export function toShown(spec: NumberSpec, value: number): number {
  return Number((value * scale(spec)).toFixed(6)) + 0;
}

export function toModel(spec: NumberSpec, shown: number): number {
  return Number((shown / scale(spec)).toFixed(10)) + 0;
}

/** Decimals a number needs to be written exactly (up to 6). */
function decimalsOf(v: number): number {
  const text = String(Number(v.toFixed(6)));
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** A value in shown units, for the current locale: "100,000", "40%". */
export function formatShown(spec: NumberSpec, shown: number): string {
  return formatNumber(shown, decimalsOf(shown)) + (spec.percent ? '%' : '');
}

/** What a number box shows for a value: plain digits the learner can edit (no grouping). */
export function editText(spec: NumberSpec, value: number): string {
  return String(toShown(spec, value));
}

export type TypedCheck = { ok: true; value: number } | { ok: false; message: string };

/** Typed text → a value in the model's units, or the message to show by the field. */
export function checkTyped(spec: NumberSpec, text: string): TypedCheck {
  const parsed = parseTypedNumber(text);
  if (!parsed.ok) {
    if (parsed.reason === 'ambiguous') {
      const [decimal, whole] = parsed.readings.map(String);
      return { ok: false, message: t('input.ambiguous', { text: text.trim(), decimal, whole }) };
    }
    return { ok: false, message: t('input.number') };
  }
  const value = toModel(spec, parsed.value);
  if (spec.limits.whole && !Number.isInteger(value)) return { ok: false, message: t('input.whole') };
  if (!inLimits(spec.limits, value)) {
    const [min, max] = [spec.limits.min, spec.limits.max].map((v) => formatShown(spec, toShown(spec, v)));
    return { ok: false, message: t('input.range', { min, max }) };
  }
  return { ok: true, value };
}

/** The top of the slider, in shown units. */
export function sliderMax(spec: NumberSpec): number {
  return (spec.slider ? spec.slider.max : undefined) ?? toShown(spec, spec.limits.max);
}

const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9];

/**
 * A logarithmic slider's stops, in shown units: 1, 1.2, 1.5, 2, … per decade,
 * so that each key press moves by about a fifth, whatever the size.
 */
export function logStops(min: number, max: number): number[] {
  const stops = new Set<number>([min]);
  for (let decade = 10 ** Math.floor(Math.log10(Math.max(min, 1))); decade <= max; decade *= 10) {
    for (const m of MANTISSAS) {
      const v = m * decade;
      if (v > min && v < max) stops.add(v);
    }
  }
  stops.add(max);
  return [...stops].sort((a, b) => a - b);
}

/** The stop nearest to a value (on a log scale, so 12,345 sits between 10,000 and 15,000 fairly). */
export function nearestStop(stops: readonly number[], shown: number): number {
  let best = 0;
  const distance = (v: number) => Math.abs(Math.log(Math.max(v, 1e-9)) - Math.log(Math.max(shown, 1e-9)));
  for (let i = 1; i < stops.length; i++) if (distance(stops[i]) < distance(stops[best])) best = i;
  return best;
}
