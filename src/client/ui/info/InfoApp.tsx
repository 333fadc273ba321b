import { INFO_LANGUAGES } from '../../i18n/info';
import { useEffect, useState } from 'preact/hooks';
import type { InfoPage } from '../../route';
import { getTeamWording, type TeamWording } from '../../storage/syncStore';
import { useI18n } from '../../i18n';
import { DEFAULT_TEAM_SETTINGS } from '../../../shared/team';
import { AccessibilityStatement } from './AccessibilityStatement';
import { MyData } from './MyData';
import { EasyReadPrivacy, PrivacyNotice } from './PrivacyNotice';

export interface TeamFacts {
  name: string;
  contact: string;
  /** Whether the team has given a contact; without one the easy-read text says only "ask your coach". */
  hasContact: boolean;
  months: number;
}

/**
 * The information pages: my data on this phone, the privacy notice (plain and easy-read)
 * and the accessibility statement. The team's name, contact and retention come from the
 * copy the phone keeps of its team, so the pages read the same offline.
 */
export default function InfoApp({ page }: { page: InfoPage }) {
  const { t, lang } = useI18n();
  const [team, setTeam] = useState<TeamWording['team'] | null | undefined>(undefined);
  useEffect(() => {
    getTeamWording().then(
      (w) => setTeam(w?.team ?? null),
      () => setTeam(null),
    );
  }, []);
  if (team === undefined) return <p>{t('app.loading')}</p>;
  const facts: TeamFacts = {
    name: team?.name ?? 'Teamet',
    contact: team?.contact.trim() || t('privacy.noContact'),
    hasContact: Boolean(team?.contact.trim()),
    months: team?.retentionMonths ?? DEFAULT_TEAM_SETTINGS.retentionMonths,
  };
  // These pages are written in Swedish and English only so far: in another language the
  // page says so in the reader's language, and marks its Swedish text as Swedish.
  const own = INFO_LANGUAGES.includes(lang);
  return (
    <div class="stack info-page">
      <a href="#/">{t('info.back')}</a>
      {!own && <p class="notice">{t('info.onlySwedish')}</p>}
      <div class="stack" lang={own ? undefined : 'sv'} dir={own ? undefined : 'ltr'}>
        {page === 'myData' && <MyData />}
        {page === 'privacy' && <PrivacyNotice team={facts} />}
        {page === 'easyRead' && <EasyReadPrivacy team={facts} />}
        {page === 'accessibility' && <AccessibilityStatement team={facts} />}
      </div>
    </div>
  );
}
