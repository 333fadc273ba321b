import { useEffect } from 'preact/hooks';

/**
 * A member who walks away mid-form must not leave their answers for the next person to
 * see: after this long untouched, the unsaved turn is dropped and the tablet starts over.
 */
export const TABLET_IDLE_MS = 4 * 60_000;

export function useIdleReset(active: boolean, onIdle: () => void) {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(onIdle, TABLET_IDLE_MS);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, TABLET_IDLE_MS);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const e of events) addEventListener(e, touched, true);
    return () => {
      clearTimeout(timer);
      for (const e of events) removeEventListener(e, touched, true);
    };
  }, [active]);
}
