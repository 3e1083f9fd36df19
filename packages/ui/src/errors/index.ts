export { describeError, type DescribedError } from './describeError';
export { ERROR_MESSAGES, isApiErrorCode, type ApiErrorCode } from './errorMessages';
