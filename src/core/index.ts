export * from './validate';
export * from './clv';
