import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CUSTOMER_PROCESSES,
  objectivesOutsideCustomerManagement,
  PERSPECTIVES,
  PROCESS_LINKS,
  PROCESS_OBJECTIVES,
  processesLinkedTo,
  processRelations,
  STRATEGY_MAP_OBJECTIVES,
  type CustomerProcess,
} from '../../src/core/strategyMap';
import { expectInvalid } from './invalid';

const layerOf = new Map(STRATEGY_MAP_OBJECTIVES.map((o) => [o.id, o.perspective]));
const inLayer = (p: string) => STRATEGY_MAP_OBJECTIVES.filter((o) => o.perspective === p).map((o) => o.id);

describe('the map as Kaplan & Norton draw it (figures 4-1 and 4-2)', () => {
  it('has four perspectives, financial on top and learning and growth at the bottom', () => {
    expect(PERSPECTIVES).toEqual(['financial', 'customer', 'internal', 'learning']);
  });

  it('has the productivity and growth strategies under long-term shareholder value', () => {
    expect(inLayer('financial')).toEqual(['shareholder-value', 'cost-structure', 'asset-utilisation', 'revenue-opportunities', 'customer-value']);
  });

  it('has the eight attributes of the customer value proposition in three groups', () => {
    expect(inLayer('customer')).toEqual(['price', 'quality', 'availability', 'selection', 'functionality', 'service', 'partnership', 'brand']);
    const groups = STRATEGY_MAP_OBJECTIVES.filter((o) => o.perspective === 'customer').map((o) => o.group);
    expect([...new Set(groups)]).toEqual(['product-service', 'relationship', 'image']);
  });

  it('has four clusters of internal processes and the three kinds of intangible capital', () => {
    expect(inLayer('internal')).toEqual(['operations', 'customer-management', 'innovation', 'regulatory-social']);
    expect(inLayer('learning')).toEqual(['human-capital', 'information-capital', 'culture', 'leadership', 'alignment', 'teamwork']);
  });

  it('gives each of the four customer management processes four objectives of its own, none shared', () => {
    expect(CUSTOMER_PROCESSES).toEqual(['select', 'acquire', 'retain', 'grow']);
    const all = CUSTOMER_PROCESSES.flatMap((p) => PROCESS_OBJECTIVES[p]);
    for (const p of CUSTOMER_PROCESSES) expect(PROCESS_OBJECTIVES[p]).toHaveLength(4);
    expect(new Set(all).size).toBe(16);
    expect(PROCESS_OBJECTIVES.select).toContain('screen-unprofitable');
    expect(PROCESS_OBJECTIVES.grow).toContain('cross-selling');
  });

  it('uses each objective id once', () => {
    const ids = STRATEGY_MAP_OBJECTIVES.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the course’s reading: what each process serves and needs', () => {
  it('links every process only upward to financial or customer objectives, and downward to capabilities', () => {
    for (const p of CUSTOMER_PROCESSES) {
      for (const id of PROCESS_LINKS[p].serves) expect(['financial', 'customer'], `${p} serves ${id}`).toContain(layerOf.get(id));
      for (const id of PROCESS_LINKS[p].needs) expect(layerOf.get(id), `${p} needs ${id}`).toBe('learning');
      expect(PROCESS_LINKS[p].serves.length).toBeGreaterThan(0);
      expect(PROCESS_LINKS[p].needs.length).toBeGreaterThan(0);
    }
  });

  it('lists a process’s relations in the map’s order, ending the financial ones at shareholder value', () => {
    expect(processRelations('retain')).toEqual({
      process: 'retain',
      objectives: ['premium-service', 'sole-source', 'service-excellence', 'lifetime-customers'],
      serves: { financial: ['cost-structure', 'customer-value', 'shareholder-value'], customer: ['service', 'partnership'] },
      needs: ['human-capital', 'information-capital', 'culture', 'teamwork'],
    });
    expect(processRelations('grow').serves.customer).toEqual(['selection', 'functionality', 'partnership']);
  });

  it('finds the processes behind an objective, and the whole cluster behind the goal', () => {
    expect(processesLinkedTo('brand')).toEqual(['select', 'acquire']);
    expect(processesLinkedTo('partnership')).toEqual(['retain', 'grow']);
    expect(processesLinkedTo('shareholder-value')).toEqual(['select', 'acquire', 'retain', 'grow']);
    expect(processesLinkedTo('innovation')).toEqual([]);
  });

  it('leaves price, quality and asset use to the other internal processes', () => {
    expect(objectivesOutsideCustomerManagement()).toEqual(['asset-utilisation', 'price', 'quality']);
  });

  it('refuses an unknown process or objective, naming the field', () => {
    expectInvalid(() => processRelations('keep' as CustomerProcess), 'process', 'one-of');
    expectInvalid(() => processesLinkedTo('growth'), 'objective', 'one-of');
  });

  it('agrees with itself: an objective lists a process exactly when that process lists it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CUSTOMER_PROCESSES), fc.constantFrom(...STRATEGY_MAP_OBJECTIVES.map((o) => o.id)), (p, id) => {
        const r = processRelations(p);
        const listed = [...r.serves.financial, ...r.serves.customer, ...r.needs].includes(id) || id === 'customer-management';
        expect(processesLinkedTo(id).includes(p)).toBe(listed);
      }),
      { numRuns: 500 },
    );
  });
});
