import { useI18n } from '../../../i18n';
import type { StaffUser } from '../../../staff/api';
import { useTeam } from '../../../staff/team';
import { LicenceForm } from './LicenceForm';
import { SettingsForm } from './SettingsForm';
import { StaffList } from './StaffList';
import { TeamExport } from './TeamExport';
import { CsvImport } from './CsvImport';
import { Retention } from './Retention';
import { AccessLogReview } from './AccessLogReview';
import { TeamLanguages } from './TeamLanguages';
import { WordingUpload } from './WordingUpload';
import { StepsSettings } from './StepsSettings';
import { QuestionnairePacks } from './QuestionnairePacks';

/** The team's own settings, licence and wording, and (for an admin) its staff accounts. */
export function TeamScreen({ user }: { user: StaffUser }) {
  const { t } = useI18n();
  const { team, failed, reload } = useTeam();
  const canEdit = user.role === 'admin';
  if (failed)
    return (
      <p class="notice notice--error" role="alert">
        {t('staff.failed')}
      </p>
    );
  if (!team) return <p>{t('app.loading')}</p>;
  return (
    <div class="stack">
      <a href="#/staff">{t('staff.back')}</a>
      <h1>{t('team.title', { name: team.team.name })}</h1>
      <SettingsForm settings={team.settings} canEdit={canEdit} onSaved={reload} />
      <StepsSettings settings={team.settings} canEdit={canEdit} onSaved={reload} />
      <LicenceForm licence={team.licence} canEdit={canEdit} onSaved={reload} />
      <TeamLanguages offered={team.settings.languages} canEdit={canEdit} onSaved={reload} />
      <WordingUpload wordings={team.wordings} canEdit={canEdit} onChanged={reload} />
      {canEdit && <QuestionnairePacks owner="team" />}
      {canEdit && <StaffList />}
      {canEdit && <AccessLogReview />}
      {canEdit && <Retention />}
      {canEdit && <CsvImport />}
      {canEdit && <TeamExport />}
    </div>
  );
}
