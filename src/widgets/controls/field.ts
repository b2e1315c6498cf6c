/**
 * A numeric input's rules, in the units the learner types (a percentage is
 * typed as 40, stored as 0.4), and the check that turns typed text into a value
 * or a message key for the field.
 */
import type { MessageKey } from '../../app/i18n/en';

export interface FieldSpec {
  /** Bounds and step in the units shown on screen. */
  min: number;
  max: number;
  step: number;
  /** Shown units per stored unit: 100 for a percentage. */
  scale: number;
  /** The slider's top, where the field accepts more than a slider can usefully span. */
  sliderMax?: number;
  whole?: boolean;
}

export type FieldCheck =
  | { ok: true; value: number }
  | { ok: false; message: MessageKey; params?: Record<string, number> };

/** Checks a value in stored units. */
export function checkStored(spec: FieldSpec, stored: number): FieldCheck {
  if (!Number.isFinite(stored)) return { ok: false, message: 'input.number' };
  const shown = toShown(spec, stored);
  if (spec.whole && !Number.isInteger(shown)) return { ok: false, message: 'input.whole' };
  if (shown < spec.min || shown > spec.max) {
    return { ok: false, message: 'input.range', params: { min: spec.min, max: spec.max } };
  }
  return { ok: true, value: stored };
}

/** Checks what the learner typed (shown units); '' means empty or not a number. */
export function checkTyped(spec: FieldSpec, typed: string): FieldCheck {
  if (typed.trim() === '') return { ok: false, message: 'input.number' };
  return checkStored(spec, Number(typed) / spec.scale);
}

/** Stored → shown units, rounded so 0.45 shows as 45, not 45.00000000000001. */
export function toShown(spec: FieldSpec, stored: number): number {
  return Number((stored * spec.scale).toFixed(6));
}
