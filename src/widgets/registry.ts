/**
 * Every widget, once: the lab lists its calculators from here, the gallery
 * shows them all, and presenter mode and search loop over them. Each entry
 * loads lazily, so the registry itself costs the first load almost nothing.
 */
import type { Component } from 'svelte';
import type { Translate } from '../lib/i18n';
import type { Codec } from './kit/scenario';

export interface WidgetModule {
  component: Component<Record<string, unknown>>;
  codec: Codec<never>;
  /** The widget's messages; every widget has a `title` and a one-line `blurb` ("what you can find out here"). */
  t: Translate<'title' | 'blurb'>;
}

export interface WidgetEntry {
  id: string;
  /** Calculators are in the lab as well as the gallery. */
  kind: 'calculator' | 'diagram';
  load: () => Promise<WidgetModule>;
}

export const WIDGETS: readonly WidgetEntry[] = [
  { id: 'clv', kind: 'calculator', load: () => import('./clv') as unknown as Promise<WidgetModule> },
  { id: 'pyramid', kind: 'calculator', load: () => import('./pyramid') as unknown as Promise<WidgetModule> },
  { id: 'pareto', kind: 'calculator', load: () => import('./pareto') as unknown as Promise<WidgetModule> },
  { id: 'waterfall', kind: 'calculator', load: () => import('./waterfall') as unknown as Promise<WidgetModule> },
  { id: 'matrix', kind: 'calculator', load: () => import('./matrix') as unknown as Promise<WidgetModule> },
];

export const findWidget = (id: string) => WIDGETS.find((w) => w.id === id);
