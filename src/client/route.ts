import { useEffect, useRef, useState } from 'preact/hooks';
import { INSTRUMENT_IDS, type InstrumentId } from '../shared/instruments/ids';
import {
  FOLLOW_UP_CHOICES,
  QUESTIONNAIRE_MOMENTS,
  type FollowUpMonths,
  type QuestionnaireMoment,
} from '../shared/moments';

/**
 * Hash routes: they need nothing from the server, so every screen opens offline from the
 * one precached page.
 */
export type Route =
  | { name: 'home' }
  | { name: 'rate'; instrument: InstrumentId; groupSession?: string }
  | { name: 'progress' }
  | { name: 'followUp'; months: FollowUpMonths }
  | { name: 'questionnaire'; packId: string; moment: QuestionnaireMoment }
  | { name: 'join'; code: string }
  | { name: 'staff'; view: StaffView }
  | { name: 'info'; page: InfoPage };

/** The pages every screen links to (they open offline too). */
export type InfoPage = 'myData' | 'privacy' | 'easyRead' | 'accessibility';
const INFO_PAGES: Record<string, InfoPage> = {
  'my-data': 'myData',
  privacy: 'privacy',
  'privacy/easy': 'easyRead',
  accessibility: 'accessibility',
};

export type StaffView =
  | { kind: 'home' }
  | { kind: 'participant'; id: string }
  | { kind: 'extract'; id: string }
  | { kind: 'journey'; id: string }
  | { kind: 'groups' }
  | { kind: 'new' }
  | { kind: 'team' }
  | { kind: 'report' }
  | { kind: 'session'; id: string };

function staffView(parts: string[]): StaffView {
  if (parts[1] === 'p' && parts[2] && parts[3] === 'extract')
    return { kind: 'extract', id: parts[2] };
  if (parts[1] === 'p' && parts[2] && parts[3] === 'journey')
    return { kind: 'journey', id: parts[2] };
  if (parts[1] === 'p' && parts[2]) return { kind: 'participant', id: parts[2] };
  if (parts[1] === 'groups') return { kind: 'groups' };
  if (parts[1] === 'new') return { kind: 'new' };
  if (parts[1] === 'team') return { kind: 'team' };
  if (parts[1] === 'report') return { kind: 'report' };
  if (parts[1] === 'session' && parts[2]) return { kind: 'session', id: parts[2] };
  return { kind: 'home' };
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'rate' && (INSTRUMENT_IDS as readonly string[]).includes(parts[1] ?? ''))
    return parts[2]
      ? { name: 'rate', instrument: parts[1] as InstrumentId, groupSession: parts[2].toUpperCase() }
      : { name: 'rate', instrument: parts[1] as InstrumentId };
  if (parts[0] === 'progress') return { name: 'progress' };
  if (
    parts[0] === 'q' &&
    /^[a-z0-9-]{1,60}$/.test(parts[1] ?? '') &&
    (QUESTIONNAIRE_MOMENTS as readonly string[]).includes(parts[2] ?? '')
  )
    return { name: 'questionnaire', packId: parts[1]!, moment: parts[2] as QuestionnaireMoment };
  if (
    parts[0] === 'follow-up' &&
    (FOLLOW_UP_CHOICES as readonly number[]).includes(Number(parts[1]))
  )
    return { name: 'followUp', months: Number(parts[1]) as FollowUpMonths };
  const info = INFO_PAGES[parts.join('/')];
  if (info) return { name: 'info', page: info };
  // The invitation link is /#/join/CODE: the code never reaches the server's logs.
  if (parts[0] === 'staff') return { name: 'staff', view: staffView(parts) };
  if (parts[0] === 'join') return { name: 'join', code: decodeURIComponent(parts[1] ?? '') };
  return { name: 'home' };
}

/**
 * The current route. `mayLeave` is asked before a link or the back button leaves the
 * screen; when it says no, the address is put back and the screen (a half-filled form) stays.
 */
export function useRoute(mayLeave: () => boolean = () => true): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  const guard = useRef(mayLeave);
  guard.current = mayLeave;
  useEffect(() => {
    let current = location.hash;
    const update = () => {
      if (location.hash === current) return;
      if (!guard.current()) {
        history.pushState(null, '', current || '#/');
        return;
      }
      current = location.hash;
      setRoute(parseRoute(current));
    };
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function goHome(): void {
  location.hash = '#/';
}
