/** The strategy map's scenario: which customer management process is chosen. */
import { CUSTOMER_PROCESSES, type CustomerProcess } from '$core';
import { choiceField, type Codec } from '../kit/scenario';

export interface StrategyMapScenario {
  process: CustomerProcess;
}

export const strategyMapCodec = {
  id: 'strategy-map',
  fields: { process: choiceField('process', 'select', CUSTOMER_PROCESSES) },
} satisfies Codec<StrategyMapScenario>;
