export * from './system';
export * from './inputs';
export * from './rules';
export * from './tasks';
export * from './results';
