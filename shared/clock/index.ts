export * from './hlc';
