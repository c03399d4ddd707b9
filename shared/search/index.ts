export * from './pinyinKeys';
export * from './searchIndex';
