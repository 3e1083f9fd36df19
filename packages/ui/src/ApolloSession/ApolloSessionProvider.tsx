import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import { createSessionEvents, type SessionEvents } from './sessionEvents';

export const SessionEventsContext = createContext<SessionEvents>(createSessionEvents());

/** The events of the client the app was given: an app's session component subscribes here. */
export function useSessionEvents(): SessionEvents {
  return useContext(SessionEventsContext);
}

export interface ApolloSessionProviderProps {
  client: ApolloClient;
  events: SessionEvents;
  children: ReactNode;
}

/** The Apollo client and its session events, provided together so they can never disagree. */
export function ApolloSessionProvider({ client, events, children }: ApolloSessionProviderProps) {
  return (
    <ApolloProvider client={client}>
      <SessionEventsContext.Provider value={events}>{children}</SessionEventsContext.Provider>
    </ApolloProvider>
  );
}
