import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import { Problem } from '../common/Problem';
import { useLoad } from '../common/useLoad';
import { AlertSummary } from './AlertSummary';
import { ParticipantList, type Group } from './ParticipantList';
import { NotRatedList } from './NotRatedList';

/** The team's home: the open alerts, who has not rated for a while, then the caseload. */
export function TeamHome({ me }: { me: string }) {
  const { t } = useI18n();
  const people = useLoad(() => staffApi.participants(), []);
  const groupList = useLoad(() => staffApi.groups(), []);
  const rows: ParticipantRow[] | null = people.data;
  const groups: Group[] = groupList.data ?? [];
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
      <AlertSummary rows={rows} />
      <NotRatedList rows={rows} me={me} />
      <ParticipantList rows={rows} groups={groups} me={me} />
    </div>
  );
}
