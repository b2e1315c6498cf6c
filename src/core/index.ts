export * from './validate';
export * from './special';
export * from './optimize';
export * from './linear';
export * from './numbers';
export * from './discount';
// Module 1: customer value
export * from './customerValue';
// Module 2: the value-stage ladder
export * from './valueLadder';
// Module 3: which customers create value
export * from './concentration';
export * from './pyramid';
export * from './profitability';
export * from './customerSpend';
// Module 4: loyalty and satisfaction
export * from './loyalty';
// Module 5: the economics of retention
export * from './retention';
export * from './sbg';
// Module 6: customer lifetime value
export * from './clv';
export * from './migration';
export * from './profitStack';
// Module 7: growing profit from existing customers
export * from './importancePerformance';
export * from './marketComposition';
// Module 8: running CVM in the organisation
export * from './strategyMap';
export * from './cvmProcess';
// Issue 14: customer-base models from a transaction log (the lab's "Your customers")
export * from './hypergeometric';
export * from './rfm';
export * from './bgnbd';
export * from './paretoNbd';
export * from './gammaGamma';
