export * from './decimal';
export * from './format';
export * from './own';
export * from './quote';
