import { useMemo } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import { Problem } from '../common/Problem';
import { useLoad } from '../common/useLoad';
import { AlertText } from './AlertText';
import { ParticipantList, type Group } from './ParticipantList';

/** The team's home: the open alerts first, then everyone. */
export function TeamHome() {
  const { t } = useI18n();
  const people = useLoad(() => staffApi.participants(), []);
  const groupList = useLoad(() => staffApi.groups(), []);
  const rows: ParticipantRow[] | null = people.data;
  const groups: Group[] = groupList.data ?? [];
  const open = useMemo(
    () =>
      (rows ?? [])
        .filter((p) => !p.exitDate)
        .flatMap((p) =>
          (p.summary?.alerts ?? []).filter((a) => a.severity === 'alert').map((a) => ({ p, a })),
        ),
    [rows],
  );
  if (people.error) return <Problem error={people.error} />;
  if (!rows) return <p>{t('app.loading')}</p>;
  return (
    <div class="stack">
      <h1>{t('staff.home')}</h1>
      <Problem error={groupList.error} />
      <div class="actions">
        <a class="button" href="#/staff/new">
          {t('staff.newParticipant')}
        </a>
        <a class="button" href="#/staff/groups">
          {t('staff.groups')}
        </a>
        <a class="button" href="#/staff/report">
          {t('report.link')}
        </a>
        <a class="button" href="#/staff/team">
          {t('team.link')}
        </a>
      </div>
      <section class="stack card" aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t('staff.alertsTitle')}</h2>
        {open.length === 0 ? (
          <p>{t('staff.noAlerts')}</p>
        ) : (
          <ul class="alert-list">
            {open.map(({ p, a }) => (
              <li key={`${p.id}-${a.id}`}>
                <a href={`#/staff/p/${p.id}`}>
                  {p.displayName ? `${p.code} (${p.displayName})` : p.code}
                </a>
                : <AlertText alert={a} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ParticipantList rows={rows} groups={groups} />
    </div>
  );
}
