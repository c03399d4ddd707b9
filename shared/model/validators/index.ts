export * from './uscc';
export * from './mobile';
export * from './patent';
export * from './email';
