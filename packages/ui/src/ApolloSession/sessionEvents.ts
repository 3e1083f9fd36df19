/**
 * What the error link tells the session layer. A tiny listener list instead of a global store:
 * each app creates one client with its own events, and its session component subscribes to them.
 */
export type SessionEvent = 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED';

export interface SessionEvents {
  emit(event: SessionEvent): void;
  subscribe(listener: (event: SessionEvent) => void): () => void;
}

export function createSessionEvents(): SessionEvents {
  const listeners = new Set<(event: SessionEvent) => void>();
  return {
    emit: (event) => [...listeners].forEach((listener) => listener(event)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
