/**
 * Importance–performance: the service management matrix of step 4 in the
 * "Creating value for the enterprise" deck (003). Each service attribute is
 * placed by how much it matters to the segment and how well we perform on it
 * (both 1–5, 1 = poor, 5 = good), next to the main competitor's performance.
 * Performance should track importance: a target corridor runs along the
 * diagonal, and points outside it show where money is over- or under-spent.
 */
import { InvalidInputError, within, type Limits } from './validate';

/** Importance and performance are both rated 1 (poor) to 5 (good). */
export const SERVICE_SCALE = { min: 1, max: 5 } as const;

/**
 * The ranges the matrix accepts, for the widgets that edit it: ratings on the
 * 1–5 scale, and a corridor half-width from 0 (performance must equal
 * importance exactly) to the scale's whole span (everything is on target).
 */
export const SERVICE_MATRIX_LIMITS = {
  rating: { min: SERVICE_SCALE.min, max: SERVICE_SCALE.max },
  corridorHalfWidth: { min: 0, max: SERVICE_SCALE.max - SERVICE_SCALE.min },
} as const satisfies Record<string, Limits>;

/**
 * The six service attributes of the deck's insurer (003, step 3), in the
 * slide's order A–F: speed, price, responsiveness to requests, quality of the
 * information given, opening hours, claims handling. Their words are the
 * widget's messages.
 */
export const INSURER_SERVICE_ATTRIBUTES = ['speed', 'price', 'responsiveness', 'information', 'opening-hours', 'claims'] as const;
export type InsurerServiceAttribute = (typeof INSURER_SERVICE_ATTRIBUTES)[number];

export interface ServiceAttribute {
  /** A label the widget shows, e.g. "speed"; must not be empty. */
  id: string;
  /** How much the attribute matters to the customer, 1–5. */
  importance: number;
  /** Our performance on it, 1–5. */
  performance: number;
  /** The main competitor's performance on it, 1–5. */
  competitorPerformance: number;
}

export interface ImportancePerformanceOptions {
  /** Splits high from low on both axes; a value equal to it counts as high. Default 3, the scale's middle. */
  midpoint?: number;
  /** Half-width w of the target corridor around performance = importance. Default 0.5. */
  corridorHalfWidth?: number;
}

export type ServiceQuadrant = 'concentrate-here' | 'keep-up' | 'low-priority' | 'possible-overkill';
export type CorridorClass = 'over-performing' | 'on-target' | 'under-performing';

export interface AttributeAssessment extends ServiceAttribute {
  quadrant: ServiceQuadrant;
  /** Performance − importance: positive = more than the customer needs. */
  gap: number;
  corridor: CorridorClass;
  /** Our performance − the competitor's: positive = we lead. */
  competitorGap: number;
}

export interface ImportancePerformanceResult {
  attributes: AttributeAssessment[];
  /** Over-performing attributes, the money to move away from, most important first. */
  shiftFrom: string[];
  /** Under-performing attributes, the money to move towards, most important first. */
  shiftTo: string[];
}

function quadrant(importance: number, performance: number, midpoint: number): ServiceQuadrant {
  const important = importance >= midpoint;
  const strong = performance >= midpoint;
  if (important) return strong ? 'keep-up' : 'concentrate-here';
  return strong ? 'possible-overkill' : 'low-priority';
}

/** A gap of exactly ±w is still on target: the corridor includes its edges. */
function corridorClass(gap: number, halfWidth: number): CorridorClass {
  if (gap > halfWidth) return 'over-performing';
  if (gap < -halfWidth) return 'under-performing';
  return 'on-target';
}

const onScale = (field: string, value: unknown) => within(field, value, SERVICE_MATRIX_LIMITS.rating);

function checkAttribute(value: ServiceAttribute, i: number): ServiceAttribute {
  const field = `attributes[${i}]`;
  if (typeof value !== 'object' || value === null) throw new InvalidInputError(field, { kind: 'non-empty' });
  if (typeof value.id !== 'string' || value.id.trim() === '') {
    throw new InvalidInputError(`${field}.id`, { kind: 'non-empty' });
  }
  return {
    id: value.id,
    importance: onScale(`${field}.importance`, value.importance),
    performance: onScale(`${field}.performance`, value.performance),
    competitorPerformance: onScale(`${field}.competitorPerformance`, value.competitorPerformance),
  };
}

const byImportance = (list: AttributeAssessment[]) =>
  [...list].sort((a, b) => b.importance - a.importance).map((a) => a.id);

/** Places every attribute on the matrix and lists where to move money from and to. */
export function assessImportancePerformance(
  attributes: readonly ServiceAttribute[],
  options: ImportancePerformanceOptions = {},
): ImportancePerformanceResult {
  if (!Array.isArray(attributes) || attributes.length === 0) {
    throw new InvalidInputError('attributes', { kind: 'non-empty' });
  }
  const midpoint = onScale('midpoint', options.midpoint ?? 3);
  const halfWidth = within('corridorHalfWidth', options.corridorHalfWidth ?? 0.5, SERVICE_MATRIX_LIMITS.corridorHalfWidth);
  const assessed = attributes.map((raw, i) => {
    const a = checkAttribute(raw, i);
    const gap = a.performance - a.importance;
    return {
      ...a,
      quadrant: quadrant(a.importance, a.performance, midpoint),
      gap,
      corridor: corridorClass(gap, halfWidth),
      competitorGap: a.performance - a.competitorPerformance,
    };
  });
  return {
    attributes: assessed,
    shiftFrom: byImportance(assessed.filter((a) => a.corridor === 'over-performing')),
    shiftTo: byImportance(assessed.filter((a) => a.corridor === 'under-performing')),
  };
}
