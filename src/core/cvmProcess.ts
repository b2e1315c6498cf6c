/**
 * The CVM process: a cycle of four steps around one goal, with the inputs it
 * draws on, the outputs it produces and the key measurements it is judged by.
 * Source: J. LeBlanc (Canada Post), "Customer Value Management" deck (000),
 * the slide of the CVM process (the deck credits Gale, *Managing Customer
 * Value*, 1994, for its value ladder, and names no source for this slide).
 *
 * What is the deck's: the goal (CVM as a core competence), the steps in order
 * (1 assess the market opportunity, 2 conduct analysis, 3 commit to a value
 * proposition, 4 measure and reward performance), the inputs (a CVM council,
 * external and internal data), the outputs (customer value tools and data, a
 * competitive value proposition, loyalty and market-share analysis) and the
 * key measurements (loyalty, market share, profitability, retention).
 *
 * What is the course's reading: which of them each step uses, produces and
 * watches (`CVM_STEP_LINKS`). The slide lists them for the process as a
 * whole; its figure is lost. Ids only: the words are the cycle widget's.
 */
import { oneOf } from './validate';

export const CVM_GOAL = 'core-competence';
/** The steps in the order the cycle runs; after the last it starts again. */
export const CVM_STEPS = ['assess', 'analyse', 'commit', 'measure'] as const;
export type CvmStep = (typeof CVM_STEPS)[number];

export const CVM_INPUTS = ['council', 'external-data', 'internal-data'] as const;
export const CVM_OUTPUTS = ['value-tools', 'value-proposition', 'loyalty-share-analysis'] as const;
export const CVM_MEASURES = ['loyalty', 'market-share', 'profitability', 'retention'] as const;
export type CvmInput = (typeof CVM_INPUTS)[number];
export type CvmOutput = (typeof CVM_OUTPUTS)[number];
export type CvmMeasure = (typeof CVM_MEASURES)[number];

export interface CvmStepLinks {
  inputs: readonly CvmInput[];
  outputs: readonly CvmOutput[];
  measures: readonly CvmMeasure[];
}

/** The course's reading of the slide, step by step (see the file's comment). */
export const CVM_STEP_LINKS: Readonly<Record<CvmStep, CvmStepLinks>> = {
  // Where can we win? Outside facts about markets and rivals; the council picks the targets.
  assess: { inputs: ['council', 'external-data'], outputs: ['loyalty-share-analysis'], measures: ['market-share'] },
  // What do targeted customers value, and how do we compare? Research outside, records inside.
  analyse: { inputs: ['external-data', 'internal-data'], outputs: ['value-tools'], measures: ['loyalty', 'retention'] },
  // What will we offer, and will it pay? The council commits people and money to it.
  commit: { inputs: ['council', 'internal-data'], outputs: ['value-proposition'], measures: ['profitability'] },
  // Did it work? All four measures, tracked and tied to rewards.
  measure: { inputs: ['council', 'external-data', 'internal-data'], outputs: ['loyalty-share-analysis'], measures: [...CVM_MEASURES] },
};

export interface CvmStepView extends CvmStepLinks {
  step: CvmStep;
  /** 1 to 4, as the slide numbers them. */
  number: number;
  next: CvmStep;
  previous: CvmStep;
}

/** A step with its place in the cycle and what it uses, produces and watches. */
export function cvmStep(step: CvmStep): CvmStepView {
  const s = oneOf('step', step, CVM_STEPS);
  const i = CVM_STEPS.indexOf(s);
  const n = CVM_STEPS.length;
  return { step: s, number: i + 1, next: CVM_STEPS[(i + 1) % n], previous: CVM_STEPS[(i + n - 1) % n], ...CVM_STEP_LINKS[s] };
}

/** The steps that use an input, produce an output or watch a measure, in cycle order. */
export function cvmStepsFor(item: CvmInput | CvmOutput | CvmMeasure): CvmStep[] {
  const id = oneOf('item', item, [...CVM_INPUTS, ...CVM_OUTPUTS, ...CVM_MEASURES]);
  return CVM_STEPS.filter((s) => {
    const l = CVM_STEP_LINKS[s];
    return (l.inputs as readonly string[]).includes(id) || (l.outputs as readonly string[]).includes(id) || (l.measures as readonly string[]).includes(id);
  });
}
