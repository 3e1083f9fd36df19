export * from './app-error';
export * from './error-codes';
export { createFormatError } from './format-error';
