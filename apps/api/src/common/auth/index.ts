export * from './roles';
export * from './permissions';
export * from './guards';
export * from './auth-checker';
export type { SessionUser } from './session-user';
