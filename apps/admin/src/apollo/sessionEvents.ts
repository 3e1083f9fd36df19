/**
 * The Apollo link sees an expired session before any component does; it reports here and the
 * session provider (which owns the router) decides where to go. A tiny emitter, no React inside.
 */
export type SessionProblem = 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED';
type Listener = (problem: SessionProblem) => void;

const listeners = new Set<Listener>();

export function onSessionProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionProblem(problem: SessionProblem): void {
  for (const listener of [...listeners]) listener(problem);
}
