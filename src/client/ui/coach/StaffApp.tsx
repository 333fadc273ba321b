import '../../i18n/staff';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi, StaffApiError, type StaffUser } from '../../staff/api';
import type { StaffView } from '../../route';
import { forgetTeam } from '../../staff/team';
import { GroupSessionScreen } from './GroupSessionScreen';
import { Groups } from './Groups';
import { NewParticipant } from './NewParticipant';
import { ParticipantTrend } from './ParticipantTrend';
import { ParticipantExtractView } from './ParticipantExtractView';
import { SignIn } from './SignIn';
import { TeamHome } from './TeamHome';
import { JourneyPrint } from './JourneyPrint';
import { TabletModeCard } from './TabletMode';
import type { TabletCredential } from '../../storage/tabletStore';
import { TeamScreen } from './team/TeamScreen';
import { ReportScreen } from '../team/ReportScreen';
import { OrganisationScreen } from '../team/OrganisationScreen';

/** The staff side of the same app: signed-in coaches and admins only (the server decides). */
export default function StaffApp({
  view,
  tablet,
}: {
  view: StaffView;
  /** Set when this device is a shared tablet: a signed-in coach may end tablet mode here. */
  tablet: TabletCredential | null;
}) {
  const { t } = useI18n();
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    staffApi.me().then(setUser, (e) => {
      setUser(null);
      setError(
        e instanceof StaffApiError && e.code === 'offline' ? t('staff.offline') : t('staff.failed'),
      );
    });
  }, []);

  if (user === undefined) return <p>{t('app.loading')}</p>;
  if (!user)
    return (
      <>
        {error && (
          <p class="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <SignIn onSignedIn={setUser} />
      </>
    );
  // The projector is shown to the group: no e-mail, no sign-out, nothing but the result.
  if (view.kind === 'session' && user.role !== 'organisation')
    return (
      <div class="stack staff">
        <GroupSessionScreen id={view.id} />
      </div>
    );
  return (
    <div class="stack staff">
      <div class="staff-bar">
        <span class="muted">{t('staff.signedInAs', { email: user.email })}</span>
        <button
          type="button"
          class="button button--small"
          onClick={() =>
            staffApi.signOut().finally(() => {
              forgetTeam();
              setUser(null);
            })
          }
        >
          {t('staff.signOut')}
        </button>
      </div>
      {tablet && <TabletModeCard tablet={tablet} />}
      {user.role === 'organisation' ? (
        <OrganisationScreen />
      ) : (
        <TeamViews view={view} user={user} />
      )}
    </div>
  );
}

/** A team's staff: the team's own screens. */
function TeamViews({ view, user }: { view: StaffView; user: StaffUser }) {
  return (
    <>
      {view.kind === 'home' && <TeamHome me={user.id} />}
      {view.kind === 'participant' && <ParticipantTrend id={view.id} />}
      {view.kind === 'extract' && <ParticipantExtractView id={view.id} />}
      {view.kind === 'journey' && <JourneyPrint id={view.id} />}
      {view.kind === 'groups' && <Groups />}
      {view.kind === 'new' && <NewParticipant />}
      {view.kind === 'team' && <TeamScreen user={user} />}
      {view.kind === 'report' && <ReportScreen />}
    </>
  );
}
