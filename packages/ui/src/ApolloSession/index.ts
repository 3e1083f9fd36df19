export {
  ApolloSessionProvider,
  SessionEventsContext,
  useSessionEvents,
  type ApolloSessionProviderProps,
} from './ApolloSessionProvider';
export { createSessionClient, sessionErrorLink, type SessionClientOptions } from './createSessionClient';
export { createSessionEvents, type SessionEvent, type SessionEvents } from './sessionEvents';
