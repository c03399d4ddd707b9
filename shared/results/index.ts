export * from './types';
export * from './input';
export * from './liveStates';
export * from './fairResults';
export { countedOutcomes } from './countedOutcomes';
export { fieldLookup } from './groupings';
