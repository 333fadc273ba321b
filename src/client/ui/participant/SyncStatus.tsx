import { useEffect, useState } from 'preact/hooks';
import { isRejectCode } from '../../../shared/protocol';
import { useI18n } from '../../i18n';
import { syncLoop, type SyncStatus as Status } from '../../sync/loop';

/** Where the participant's answers are, in plain words: waiting, sent, or refused and why. */
export function SyncStatus() {
  const { t, tn, dateTime } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => syncLoop.subscribe(setStatus), []);
  if (!status) return null;
  const { state, outbox } = status;

  const lines: string[] = [];
  if (state === 'not_connected') lines.push(t('sync.notConnected'));
  else if (state === 'disconnected') lines.push(t('sync.disconnected'));
  else if (state === 'closed') lines.push(t('sync.closed'));
  else if (outbox.waiting > 0) {
    lines.push(tn('sync.waiting', outbox.waiting));
    if (state === 'syncing') lines.push(t('sync.sending'));
    if (state === 'offline') lines.push(t('sync.offline'));
    if (state === 'retrying') lines.push(t('sync.retrying'));
  } else if (state === 'done' || state === 'idle') {
    lines.push(t('sync.allSent'));
    if (status.lastSyncedAt)
      lines.push(t('sync.lastSent', { time: dateTime(status.lastSyncedAt) }));
  }

  return (
    <section class="sync-status stack" aria-live="polite">
      <p role="status">{lines.join(' ')}</p>
      {(state === 'not_connected' || state === 'disconnected') && (
        <a class="button" href="#/join">
          {t('sync.connect')}
        </a>
      )}
      {outbox.rejected.length > 0 && (
        <div class="notice notice--error">
          <h2 class="notice-title">{tn('sync.rejectedTitle', outbox.rejected.length)}</h2>
          <ul>
            {outbox.rejected.map((r) => (
              <li key={r.factId}>
                {isRejectCode(r.rejected.code)
                  ? t(`sync.rejected.${r.rejected.code}`)
                  : r.rejected.reason}{' '}
                <span class="muted">({r.rejected.reason})</span>
              </li>
            ))}
          </ul>
          <p>{t('sync.rejectedHelp')}</p>
        </div>
      )}
    </section>
  );
}
