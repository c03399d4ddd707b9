export * from './slotTiming';
export * from './liveState';
