import { useEffect, useState } from 'preact/hooks';
import { isRejectCode } from '../../../shared/rejectCodes';
import { useI18n } from '../../i18n';
import { syncLoop, type SyncStatus as Status } from '../../sync/loop';

/**
 * Where the participant's answers are, in plain words and one message: waiting, sent, or
 * refused and why (in the participant's language, from the server's code: its English
 * reason is for the logs). Nothing is said when there is nothing to say.
 */
/** `placement` splits the home screen's message in two; elsewhere the whole message shows. */
export function SyncStatus({ placement }: { placement?: 'top' | 'bottom' }) {
  const { t, tn, dateTime } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => syncLoop.subscribe(setStatus), []);
  if (!status?.known) return null;
  const { outbox } = status;
  // A pass with nothing to send keeps the last word on screen (the loop's settled state).
  const state =
    status.state === 'syncing' && outbox.waiting === 0 ? status.settledState : status.state;
  // What needs the participant (joining, a refused answer) comes first on the home screen;
  // the quiet "everything is sent" below the tasks.
  const needsAction =
    state === 'not_connected' || state === 'disconnected' || outbox.rejected.length > 0;
  if (placement && needsAction !== (placement === 'top')) return null;

  const lines: string[] = [];
  // Answers saved before joining (or after a coach disconnected the phone) are not lost:
  // joining sends them, so never say they stay on the phone alone.
  if (state === 'not_connected')
    lines.push(
      outbox.waiting > 0 ? tn('sync.waitingRejoin', outbox.waiting) : t('sync.notConnected'),
    );
  else if (state === 'disconnected') {
    lines.push(t('sync.disconnected'));
    // They are not lost: re-joining sends them.
    if (outbox.waiting > 0) lines.push(tn('sync.waitingRejoin', outbox.waiting));
  } else if (state === 'closed') lines.push(t('sync.closed'));
  else if (outbox.waiting > 0) {
    lines.push(tn('sync.waiting', outbox.waiting));
    if (state === 'syncing') lines.push(t('sync.sending'));
    if (state === 'offline') lines.push(t('sync.offline'));
    if (state === 'retrying') lines.push(t('sync.retrying'));
  } else if ((state === 'done' || state === 'idle') && outbox.rejected.length === 0) {
    lines.push(t('sync.allSent'));
    if (status.lastSyncedAt)
      lines.push(t('sync.lastSent', { time: dateTime(status.lastSyncedAt) }));
  }

  if (lines.length === 0 && outbox.rejected.length === 0) return null;
  return (
    <section class="sync-status stack" aria-live="polite">
      {lines.length > 0 && <p role="status">{lines.join(' ')}</p>}
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
                  : t('sync.rejected.other')}
              </li>
            ))}
          </ul>
          <p>{t('sync.rejectedHelp')}</p>
        </div>
      )}
    </section>
  );
}
