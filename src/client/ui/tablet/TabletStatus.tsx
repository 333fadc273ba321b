import { useI18n } from '../../i18n';
import type { TabletSyncStatus } from './useTabletSync';

/** Where the tablet's ratings are; no names or numbers of anyone, only counts. */
export function TabletStatus({ status }: { status: TabletSyncStatus }) {
  const { t, tn } = useI18n();
  const lines: string[] = [];
  // Nothing is said until the outbox has been read.
  if (status.known) {
    if (status.state === 'locked') lines.push(t('tablet.locked'));
    if (status.waiting > 0) {
      lines.push(tn('sync.waiting', status.waiting));
      if (status.state === 'offline') lines.push(t('sync.offline'));
      if (status.state === 'retrying') lines.push(t('sync.retrying'));
    } else if (status.state !== 'locked') lines.push(t('tablet.allSent'));
    if (status.refused > 0) lines.push(tn('tablet.refused', status.refused));
  }
  return (
    <section class="sync-status stack" aria-live="polite">
      <p role="status">{lines.join(' ')}</p>
      <a class="staff-link muted" href="#/staff">
        {t('tablet.staffLink')}
      </a>
    </section>
  );
}
