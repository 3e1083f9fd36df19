import { createContext, useContext } from 'react';
import { createSessionEvents, type SessionEvents } from './sessionEvents';

export const SessionEventsContext = createContext<SessionEvents>(createSessionEvents());

export function useSessionEvents(): SessionEvents {
  return useContext(SessionEventsContext);
}
