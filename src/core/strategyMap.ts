/**
 * The strategy map around the customer management processes: R. S. Kaplan &
 * D. P. Norton, *Strategy Maps* (Harvard Business School Press, 2004),
 * figures 4-1 and 4-2 (p. 106), as reproduced in the "Customer management
 * process strategy maps" deck (004).
 *
 * What is theirs: the four perspectives, the objectives in each (the
 * financial productivity and growth strategies, the eight attributes of the
 * customer value proposition, the four clusters of internal processes, the
 * three kinds of intangible capital), the four customer management processes
 * (select, acquire, retain, grow) and the four objectives of each.
 *
 * What is the course's reading: which objectives above a process serves and
 * which capabilities below it needs (`PROCESS_LINKS`). The book draws the
 * map's layers as a whole; these links say, one process at a time, where its
 * work shows up, and the widget gives the reason for each. Ids only: the
 * words are the strategy map widget's messages.
 */
import { oneOf } from './validate';

/** Top to bottom, the order the map is drawn and read in: each layer serves the one above. */
export const PERSPECTIVES = ['financial', 'customer', 'internal', 'learning'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export interface MapObjective {
  id: string;
  perspective: Perspective;
  /** The cluster it is drawn in: 'productivity', 'growth', 'product-service', 'relationship', 'image', … */
  group: string;
}

/** Every objective on the map, by perspective, in the book's order within each. */
export const STRATEGY_MAP_OBJECTIVES: readonly MapObjective[] = [
  { id: 'shareholder-value', perspective: 'financial', group: 'goal' },
  { id: 'cost-structure', perspective: 'financial', group: 'productivity' },
  { id: 'asset-utilisation', perspective: 'financial', group: 'productivity' },
  { id: 'revenue-opportunities', perspective: 'financial', group: 'growth' },
  { id: 'customer-value', perspective: 'financial', group: 'growth' },
  { id: 'price', perspective: 'customer', group: 'product-service' },
  { id: 'quality', perspective: 'customer', group: 'product-service' },
  { id: 'availability', perspective: 'customer', group: 'product-service' },
  { id: 'selection', perspective: 'customer', group: 'product-service' },
  { id: 'functionality', perspective: 'customer', group: 'product-service' },
  { id: 'service', perspective: 'customer', group: 'relationship' },
  { id: 'partnership', perspective: 'customer', group: 'relationship' },
  { id: 'brand', perspective: 'customer', group: 'image' },
  { id: 'operations', perspective: 'internal', group: 'processes' },
  { id: 'customer-management', perspective: 'internal', group: 'processes' },
  { id: 'innovation', perspective: 'internal', group: 'processes' },
  { id: 'regulatory-social', perspective: 'internal', group: 'processes' },
  { id: 'human-capital', perspective: 'learning', group: 'capital' },
  { id: 'information-capital', perspective: 'learning', group: 'capital' },
  { id: 'culture', perspective: 'learning', group: 'organisation-capital' },
  { id: 'leadership', perspective: 'learning', group: 'organisation-capital' },
  { id: 'alignment', perspective: 'learning', group: 'organisation-capital' },
  { id: 'teamwork', perspective: 'learning', group: 'organisation-capital' },
];

/** The four customer management processes, in the order a relationship goes through them. */
export const CUSTOMER_PROCESSES = ['select', 'acquire', 'retain', 'grow'] as const;
export type CustomerProcess = (typeof CUSTOMER_PROCESSES)[number];

/** Each process's own four objectives, as figure 4-2 lists them. */
export const PROCESS_OBJECTIVES: Readonly<Record<CustomerProcess, readonly string[]>> = {
  select: ['understand-segments', 'screen-unprofitable', 'target-high-value', 'manage-brand'],
  acquire: ['communicate-proposition', 'customise-mass-marketing', 'convert-leads', 'dealer-networks'],
  retain: ['premium-service', 'sole-source', 'service-excellence', 'lifetime-customers'],
  grow: ['cross-selling', 'solution-selling', 'integrated-partnership', 'customer-education'],
};

export interface ProcessLinks {
  /** Financial and customer objectives the process's work shows up in. */
  serves: readonly string[];
  /** Learning-and-growth capabilities the process cannot run without. */
  needs: readonly string[];
}

/**
 * The course's reading of the map, one process at a time (see the file's
 * comment). Every process serves long-term shareholder value through the
 * financial objectives it serves, so that goal is not listed here.
 */
export const PROCESS_LINKS: Readonly<Record<CustomerProcess, ProcessLinks>> = {
  select: {
    serves: ['cost-structure', 'customer-value', 'brand'],
    needs: ['information-capital', 'human-capital', 'leadership'],
  },
  acquire: {
    serves: ['revenue-opportunities', 'availability', 'brand'],
    needs: ['human-capital', 'information-capital'],
  },
  retain: {
    serves: ['cost-structure', 'customer-value', 'service', 'partnership'],
    needs: ['human-capital', 'information-capital', 'culture', 'teamwork'],
  },
  grow: {
    serves: ['revenue-opportunities', 'customer-value', 'selection', 'functionality', 'partnership'],
    needs: ['human-capital', 'information-capital', 'teamwork', 'alignment'],
  },
};

const objectiveIds = STRATEGY_MAP_OBJECTIVES.map((o) => o.id);
const perspectiveOf = new Map(STRATEGY_MAP_OBJECTIVES.map((o) => [o.id, o.perspective]));

export interface ProcessRelations {
  process: CustomerProcess;
  /** The process's own four objectives (figure 4-2). */
  objectives: readonly string[];
  /** Served objectives by perspective, in the map's order; financial always ends in the shareholder-value goal. */
  serves: { financial: string[]; customer: string[] };
  /** Capabilities needed, in the map's order. */
  needs: string[];
}

const inMapOrder = (ids: readonly string[]) => objectiveIds.filter((id) => ids.includes(id));

/** What a process serves above it and needs below it. */
export function processRelations(process: CustomerProcess): ProcessRelations {
  const p = oneOf('process', process, CUSTOMER_PROCESSES);
  const links = PROCESS_LINKS[p];
  const served = inMapOrder(links.serves);
  return {
    process: p,
    objectives: PROCESS_OBJECTIVES[p],
    serves: {
      financial: [...served.filter((id) => perspectiveOf.get(id) === 'financial'), 'shareholder-value'],
      customer: served.filter((id) => perspectiveOf.get(id) === 'customer'),
    },
    needs: inMapOrder(links.needs),
  };
}

/** The processes linked to an objective of the map: those that serve it, or (below) need it. */
export function processesLinkedTo(objective: string): CustomerProcess[] {
  const id = oneOf('objective', objective, objectiveIds);
  if (id === 'shareholder-value' || id === 'customer-management') return [...CUSTOMER_PROCESSES];
  return CUSTOMER_PROCESSES.filter((p) => PROCESS_LINKS[p].serves.includes(id) || PROCESS_LINKS[p].needs.includes(id));
}

/**
 * Objectives above the internal layer that no customer management process
 * serves in this reading: they come mainly from the other internal processes
 * (operations, innovation), which is a point the map makes by itself.
 */
export function objectivesOutsideCustomerManagement(): string[] {
  return STRATEGY_MAP_OBJECTIVES.filter(
    (o) => (o.perspective === 'financial' || o.perspective === 'customer') && o.id !== 'shareholder-value' && processesLinkedTo(o.id).length === 0,
  ).map((o) => o.id);
}
