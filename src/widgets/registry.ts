/**
 * Every widget, once: the lab lists its calculators from here, the gallery
 * shows them all, and presenter mode and search loop over them. Each entry
 * loads lazily, so the registry itself costs the first load almost nothing.
 */
import type { Component } from 'svelte';
import type { Translate } from '../lib/i18n';
import type { Codec, ScenarioRecord } from './kit/scenario';

/** A scenario from the course, one click away in the lab ("the Hughes cohort"). */
export interface LabPreset {
  name: string;
  record: ScenarioRecord;
}

/** A scenario's main result, for the lab's side-by-side comparison. */
export interface Headline {
  label: string;
  value: number;
  decimals: number;
  /** What the value counts, where one widget's scenarios can count different things (money in one view, customers in another): A and B are subtracted only when they count the same. */
  measure?: string;
}

export interface WidgetModule {
  component: Component<Record<string, unknown>>;
  codec: Codec<never>;
  /** The widget's messages; every widget has a `title` and a one-line `blurb` ("what you can find out here"). */
  t: Translate<'title' | 'blurb'>;
  /** The course's scenarios for this widget, named in the current language. */
  presets?: () => LabPreset[];
  /** The main result of a scenario: what comparing A and B subtracts. Undefined while the data it rests on is still loading (CDNOW). */
  headline?: (record: ScenarioRecord) => Headline | undefined;
}

export interface WidgetEntry {
  id: string;
  /** Calculators are in the lab as well as the gallery. */
  kind: 'calculator' | 'diagram';
  load: () => Promise<WidgetModule>;
  /** Only its words (title, blurb): a small chunk, for pages that list widgets before drawing them. */
  words: () => Promise<Pick<WidgetModule, 't'>>;
}

const messages = import.meta.glob<Pick<WidgetModule, 't'>>('./*/messages.ts');
const entry = (id: string, kind: WidgetEntry['kind'], load: () => Promise<unknown>): WidgetEntry => ({
  id,
  kind,
  load: load as WidgetEntry['load'],
  words: messages[`./${id}/messages.ts`],
});

/** In the order of the course's modules. */
export const WIDGETS: readonly WidgetEntry[] = [
  // Module 1: what customer value is
  entry('valuemap', 'calculator', () => import('./valuemap')),
  entry('delivered', 'calculator', () => import('./delivered')),
  // Module 2: the value-stage ladder
  entry('ladder', 'diagram', () => import('./ladder')),
  // Module 3: which customers create value
  entry('pareto', 'calculator', () => import('./pareto')),
  entry('waterfall', 'calculator', () => import('./waterfall')),
  entry('matrix', 'calculator', () => import('./matrix')),
  entry('pyramid', 'calculator', () => import('./pyramid')),
  // Module 4: loyalty and satisfaction
  entry('satisfaction', 'diagram', () => import('./satisfaction')),
  entry('loyalty-types', 'diagram', () => import('./loyalty-types')),
  // Module 5: the economics of keeping customers
  entry('retention', 'calculator', () => import('./retention')),
  // Module 6: customer lifetime value
  entry('clv', 'calculator', () => import('./clv')),
  entry('migration', 'calculator', () => import('./migration')),
  entry('stack', 'calculator', () => import('./stack')),
  // Module 7: growing profit from the customers you have
  entry('service-matrix', 'calculator', () => import('./service-matrix')),
  // Module 8: running CVM in the organisation
  entry('strategy-map', 'diagram', () => import('./strategy-map')),
  entry('cvm-cycle', 'diagram', () => import('./cvm-cycle')),
];

export const findWidget = (id: string) => WIDGETS.find((w) => w.id === id);
