import { useEffect, useState } from 'preact/hooks';
import { localToday } from '../../localDate';
import { useI18n } from '../../i18n';
import { getTodaySessions, type TodaySession } from '../../storage/syncStore';
import { syncLoop } from '../../sync/loop';

/** "Rate today's group session": offered when the last sync brought one for today. */
export function TodayGroupSessions() {
  const { t } = useI18n();
  const [sessions, setSessions] = useState<TodaySession[]>([]);
  useEffect(
    () =>
      syncLoop.subscribe((status) => {
        if (status.state === 'done' || status.state === 'idle' || status.state === 'offline')
          getTodaySessions().then(
            (all) => setSessions(all.filter((s) => s.heldOn === localToday())),
            () => {},
          );
      }),
    [],
  );
  if (sessions.length === 0) return null;
  return (
    <ul class="choices">
      {sessions.map((s) => (
        <li key={s.code}>
          <a class="choice choice--group" href={`#/rate/gsrs/${s.code}`}>
            <span class="choice-when">{s.groupName}</span>
            <span class="choice-title">{t('home.rateGroupSession')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
