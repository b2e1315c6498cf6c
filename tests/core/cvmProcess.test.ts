import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CVM_INPUTS, CVM_MEASURES, CVM_OUTPUTS, CVM_STEP_LINKS, CVM_STEPS, cvmStep, cvmStepsFor, type CvmStep } from '../../src/core/cvmProcess';
import { expectInvalid } from './invalid';

describe('the CVM process as the Canada Post deck (000) gives it', () => {
  it('runs four steps in the slide’s order', () => {
    expect(CVM_STEPS).toEqual(['assess', 'analyse', 'commit', 'measure']);
    expect(CVM_STEPS.map((s) => cvmStep(s).number)).toEqual([1, 2, 3, 4]);
  });

  it('has two kinds of input, three outputs and four key measurements', () => {
    expect(CVM_INPUTS).toEqual(['council', 'external-data', 'internal-data']);
    expect(CVM_OUTPUTS).toEqual(['value-tools', 'value-proposition', 'loyalty-share-analysis']);
    expect(CVM_MEASURES).toEqual(['loyalty', 'market-share', 'profitability', 'retention']);
  });

  it('is a cycle: after measuring, the next step is assessing again', () => {
    expect(cvmStep('measure').next).toBe('assess');
    expect(cvmStep('assess').previous).toBe('measure');
    expect(cvmStep('analyse')).toMatchObject({ next: 'commit', previous: 'assess' });
  });
});

describe('the course’s reading, step by step', () => {
  it('gives every input, output and measurement to at least one step', () => {
    for (const item of [...CVM_INPUTS, ...CVM_OUTPUTS, ...CVM_MEASURES]) expect(cvmStepsFor(item).length, item).toBeGreaterThan(0);
  });

  it('commits to the value proposition in step 3 and tracks every measurement in step 4', () => {
    expect(cvmStepsFor('value-proposition')).toEqual(['commit']);
    expect(cvmStep('measure').measures).toEqual(CVM_MEASURES);
    expect(cvmStepsFor('council')).toEqual(['assess', 'commit', 'measure']);
  });

  it('refuses an unknown step or item, naming the field', () => {
    expectInvalid(() => cvmStep('plan' as CvmStep), 'step', 'one-of');
    expectInvalid(() => cvmStepsFor('budget' as never), 'item', 'one-of');
  });

  it('agrees with itself: going round from any step visits all four once, and every link is found back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CVM_STEPS), (start) => {
        const seen: CvmStep[] = [];
        let s = start;
        for (let i = 0; i < CVM_STEPS.length; i++) {
          seen.push(s);
          s = cvmStep(s).next;
        }
        expect(s).toBe(start);
        expect(new Set(seen).size).toBe(4);
        const links = CVM_STEP_LINKS[start];
        for (const item of [...links.inputs, ...links.outputs, ...links.measures]) expect(cvmStepsFor(item)).toContain(start);
      }),
      { numRuns: 200 },
    );
  });
});
