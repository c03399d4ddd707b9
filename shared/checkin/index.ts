export * from './badgeScan';
export * from './checkInTime';
export * from './counters';
