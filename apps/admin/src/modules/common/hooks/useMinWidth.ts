import { useSyncExternalStore } from 'react';

/**
 * Whether the window is at least `px` wide, read during render (not after a first render at the
 * wrong width, as a hook that subscribes in an effect would) and updated when the window resizes.
 */
export function useMinWidth(px: number): boolean {
  const query = `(min-width: ${px}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
