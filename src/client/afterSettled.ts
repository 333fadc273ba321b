/**
 * Work the first screen does not need (fetching the rating form ahead, registering the
 * service worker): run once the screen has settled — a few seconds after it is drawn — or
 * at the participant's first touch or key, whichever comes first. Done during the first
 * paint it only made the phone slower to answer (Lighthouse's blocking time, `npm run
 * bench`); the service worker has every chunk already, so waiting costs nothing offline.
 */
export const SETTLE_MS = 3000;

export function afterSettled(work: () => void, ms = SETTLE_MS): () => void {
  let done = false;
  const events = ['pointerdown', 'keydown'] as const;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    work();
  };
  const timer = setTimeout(run, ms);
  events.forEach((e) => addEventListener(e, run, { capture: true, passive: true }));
  function stop() {
    clearTimeout(timer);
    events.forEach((e) => removeEventListener(e, run, { capture: true }));
  }
  return () => {
    done = true;
    stop();
  };
}
