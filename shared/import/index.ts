export * from './csv';
export * from './decode';
export * from './headers';
export * from './values';
export * from './rows';
export * from './plan';
export * from './export';
