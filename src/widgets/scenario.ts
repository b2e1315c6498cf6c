/**
 * Where a widget keeps its scenario so that a link reproduces it: the app
 * provides the current query and a way to rewrite it; a widget used without
 * the app (a test, a future embed) simply keeps its state to itself.
 */
import { getContext, setContext } from 'svelte';

export interface ScenarioStore {
  /** The query as it stands when the widget opens. */
  readonly initial: URLSearchParams;
  write(query: URLSearchParams): void;
}

const KEY = Symbol('scenario');

export const scenarioStore = {
  set: (store: ScenarioStore) => setContext(KEY, store),
  get: () => getContext<ScenarioStore | undefined>(KEY),
};
