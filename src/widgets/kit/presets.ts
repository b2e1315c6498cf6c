/**
 * Scenarios a lesson prepares for a widget ("High-churn telecom"), which an
 * instructor jumps to in presenter mode with a number key. The deck sends a
 * `cvmpreset` event to the widgets on the current slide; every widget takes
 * a `presets` prop and listens on its root element
 * (`{@attach lessonPresets(model, props.presets)}`), naming them in
 * `data-presets` so the presenter's console can list them.
 */
import type { Attachment } from 'svelte/attachments';
import { partialRecord, type Codec, type ScenarioRecord } from './scenario';
import type { ScenarioState } from './state.svelte';

export const PRESET_EVENT = 'cvmpreset';

export interface Preset<S> {
  name: string;
  values: Partial<S>;
}

/** Presets as records, ready for `state.apply`. */
export function presetRecords<S>(codec: Codec<S>, presets: readonly Preset<S>[]): { name: string; record: ScenarioRecord }[] {
  return presets.map((p) => ({ name: p.name, record: partialRecord(codec, p.values) }));
}

/** The widget's root listens for the deck's preset event and applies the lesson's preset it names to the widget's state. */
export function lessonPresets<S>(state: ScenarioState<S>, presets: readonly Preset<S>[] = []): Attachment<HTMLElement> {
  const records = presetRecords(state.codec, presets);
  return presetListener(
    records.map((p) => p.name),
    (i) => state.apply(records[i].record),
  );
}

/** Listens for the deck's preset event: `detail` is the preset's number, from 1. */
function presetListener(names: readonly string[], apply: (index: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (names.length === 0) return;
    element.dataset.presets = names.join('\n');
    const on = (event: Event) => {
      const index = (event as CustomEvent<number>).detail - 1;
      if (index >= 0 && index < names.length) apply(index);
    };
    element.addEventListener(PRESET_EVENT, on);
    return () => {
      element.removeEventListener(PRESET_EVENT, on);
      delete element.dataset.presets;
    };
  };
}
