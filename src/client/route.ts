import { useEffect, useState } from 'preact/hooks';
import { INSTRUMENT_IDS, type InstrumentId } from '../shared/instruments/definition';

/**
 * Hash routes: they need nothing from the server, so every screen opens offline from the
 * one precached page.
 */
export type Route =
  { name: 'home' } | { name: 'rate'; instrument: InstrumentId } | { name: 'progress' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'rate' && (INSTRUMENT_IDS as readonly string[]).includes(parts[1] ?? ''))
    return { name: 'rate', instrument: parts[1] as InstrumentId };
  if (parts[0] === 'progress') return { name: 'progress' };
  return { name: 'home' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function goHome(): void {
  location.hash = '#/';
}
