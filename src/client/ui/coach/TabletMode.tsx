import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { forgetTeam, loadTeam } from '../../staff/team';
import { setTeamWording } from '../../storage/syncStore';
import {
  clearTablet,
  getTablet,
  setTablet,
  tabletOutbox,
  UnsentRatingsError,
  type TabletCredential,
} from '../../storage/tabletStore';
import { SAME_ORIGIN } from '../../sync/engine';
import { lockTablet, syncTabletOnce } from '../../sync/tablet';

/**
 * Turns this device into a shared tablet for a group: the server ends the coach's session
 * as it unlocks the tablet (staff views need a sign-in again), and the device keeps only the
 * group's code hashes until it is ended.
 */
export async function startTabletMode(groupId: string): Promise<void> {
  // The team's licensed wording goes with it, so members see it offline too; read while the
  // coach is still signed in.
  const team = await loadTeam();
  const grant = await staffApi.unlockTablet(groupId);
  staffApi.forgetSession();
  try {
    await setTeamWording({ wordings: team.wordings, licence: team.licence, etag: null });
    await setTablet(grant);
  } catch (error) {
    await lockTablet(SAME_ORIGIN, grant.token);
    throw error;
  }
  forgetTeam();
  location.hash = '#/';
}

/** Shown to a signed-in coach on a device in tablet mode: end it, once everything is sent. */
export function TabletModeCard({ tablet }: { tablet: TabletCredential }) {
  const { t, tn } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    tabletOutbox().then(
      (all) => setRefused(all.filter((e) => e.rejected).length),
      () => {},
    );
  }, []);

  const end = async () => {
    setWorking(true);
    setProblem(null);
    try {
      await syncTabletOnce(SAME_ORIGIN).catch(() => null);
      const current = await getTablet();
      await clearTablet();
      if (current) await lockTablet(SAME_ORIGIN, current.token);
    } catch (error) {
      setProblem(
        error instanceof UnsentRatingsError
          ? tn('tablet.endWaiting', error.waiting)
          : t('staff.failed'),
      );
    } finally {
      setWorking(false);
    }
  };

  // Back to the members' screens: the coach is signed out first, so none of them can
  // open the staff side on this device afterwards.
  const back = async () => {
    try {
      await staffApi.signOut();
      forgetTeam();
      location.hash = '#/';
    } catch {
      setProblem(t('staff.failed'));
    }
  };

  return (
    <section class="notice stack" aria-labelledby="tablet-mode-title">
      <h2 id="tablet-mode-title" class="notice-title">
        {t('tablet.modeTitle', { group: tablet.group.name })}
      </h2>
      <p>{t('tablet.modeBody')}</p>
      {refused > 0 && <p>{tn('tablet.endRefused', refused)}</p>}
      {problem && (
        <p class="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-disabled={working}
          onClick={() => !working && end()}
        >
          {t('tablet.end')}
        </button>
        <button type="button" class="button button--primary" onClick={() => void back()}>
          {t('tablet.backToTablet')}
        </button>
      </div>
    </section>
  );
}
