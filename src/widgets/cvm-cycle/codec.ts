/** The CVM cycle's scenario: which step is shown. */
import { CVM_STEPS, type CvmStep } from '$core';
import { choiceField, type Codec } from '../kit/scenario';

export interface CvmCycleScenario {
  step: CvmStep;
}

export const cvmCycleCodec = {
  id: 'cvm-cycle',
  fields: { step: choiceField('step', 'assess', CVM_STEPS) },
} satisfies Codec<CvmCycleScenario>;
