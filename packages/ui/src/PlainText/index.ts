export * from './PlainText';
