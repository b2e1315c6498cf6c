/** The map as rows and as a nested list: its text twin and its CSV export. */
import { CUSTOMER_PROCESSES, PERSPECTIVES, processesLinkedTo, STRATEGY_MAP_OBJECTIVES, type Perspective } from '$core';
import { formatList } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { t, type StrategyMapMessage } from './messages';

export const objectiveName = (id: string) => t(`obj.${id}` as StrategyMapMessage);
export const processName = (id: string) => t(`processLong.${id}` as StrategyMapMessage);
export const ownName = (id: string) => t(`own.${id}` as StrategyMapMessage);
export const groupName = (id: string) => t(`group.${id}` as StrategyMapMessage);
export const reason = (process: string, id: string) => t(`why.${process}.${id}` as StrategyMapMessage);

export interface MapRow {
  perspective: Perspective;
  group: string;
  id: string;
}

/** Every objective of the map, top to bottom. */
export const mapRows = (): MapRow[] => STRATEGY_MAP_OBJECTIVES.map((o) => ({ perspective: o.perspective, group: o.group, id: o.id }));

export function mapColumns(): Column<MapRow>[] {
  return [
    { key: 'perspective', label: t('csvPerspective'), cell: (r) => t(`perspective.${r.perspective}` as StrategyMapMessage), raw: (r) => r.perspective },
    { key: 'group', label: t('csvGroup'), cell: (r) => (['goal', 'processes', 'capital'].includes(r.group) ? '' : groupName(r.group)), raw: (r) => r.group },
    { key: 'objective', label: t('csvObjective'), cell: (r) => objectiveName(r.id), raw: (r) => r.id },
    {
      key: 'linked',
      label: t('csvLinked'),
      cell: (r) => formatList(processesLinkedTo(r.id).map(processName)),
      raw: (r) => processesLinkedTo(r.id).join(' '),
    },
  ];
}

export interface ListGroup {
  group: string | null;
  items: string[];
}

/** The nested list: perspective → group → objectives (customer management opens into its processes). */
export function nestedList(): { perspective: Perspective; groups: ListGroup[] }[] {
  return PERSPECTIVES.map((perspective) => {
    const groups: ListGroup[] = [];
    for (const o of STRATEGY_MAP_OBJECTIVES.filter((o) => o.perspective === perspective)) {
      const single = ['goal', 'processes', 'capital'].includes(o.group);
      const last = groups[groups.length - 1];
      if (!single && last?.group === o.group) last.items.push(o.id);
      else groups.push({ group: single ? null : o.group, items: [o.id] });
    }
    return { perspective, groups };
  });
}

export const PROCESSES = CUSTOMER_PROCESSES;
