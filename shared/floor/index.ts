export * from './slotTiming';
export * from './liveState';
export * from './floorStatus';
export * from './orgShortName';
export * from './board';
export * from './boardFilter';
export * from './freeTable';
export * from './replacements';
