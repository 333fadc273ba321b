import { useState } from 'preact/hooks';
import { acknowledgeAlertSchema } from '../../../shared/participant';
import type { Acknowledgement } from '../../../shared/responses/participants';
import type { Alert } from '../../../domain/alerts';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';
import { AlertText } from './AlertText';

/**
 * The participant's alerts as conversation prompts: each open one can be acknowledged with a
 * short note once talked over (the note goes into the history); the acknowledged ones stay
 * readable, folded away, until the rule fires on a later rating.
 */
export function AlertsPanel({
  participantId,
  alerts,
  acknowledgements,
  onAcknowledged,
}: {
  participantId: string;
  alerts: readonly Alert[];
  acknowledgements: readonly Acknowledgement[];
  onAcknowledged(a: Acknowledgement): void;
}) {
  const { t, date } = useI18n();
  const closed = (a: Alert) =>
    acknowledgements.find((k) => k.alertId === a.id && k.ratingId === a.ratingId);
  const open = alerts.filter((a) => !closed(a));
  const done = alerts.filter(closed);
  if (alerts.length === 0) return null;
  return (
    <section class="stack card alerts-panel" aria-labelledby="alerts-panel-title">
      <h2 id="alerts-panel-title">{t('alerts.title')}</h2>
      {open.length === 0 && <p>{t('alerts.allAcknowledged')}</p>}
      {open.length > 0 && (
        <ul class="alert-items">
          {open.map((a) => (
            <OpenAlert
              key={`${a.id}-${a.ratingId}`}
              alert={a}
              participantId={participantId}
              onAcknowledged={onAcknowledged}
            />
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <details>
          <summary>{t('alerts.acknowledgedTitle', { count: done.length })}</summary>
          <ul class="alert-items">
            {done.map((a) => {
              const k = closed(a)!;
              return (
                <li key={`${a.id}-${a.ratingId}`}>
                  <strong>{t(`alertRule.${a.id}`)}</strong>
                  <p class="muted">
                    {t('alerts.acknowledgedBy', { date: date(k.at.slice(0, 10)), by: k.by ?? '–' })}
                  </p>
                  <p class="note-text">{k.note}</p>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}

function OpenAlert({
  alert,
  participantId,
  onAcknowledged,
}: {
  alert: Alert;
  participantId: string;
  onAcknowledged(a: Acknowledgement): void;
}) {
  const { t } = useI18n();
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'note' | 'failed' | null>(null);
  const [working, setWorking] = useState(false);
  const id = `ack-${alert.id}-${alert.ratingId}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = acknowledgeAlertSchema.safeParse({
      alertId: alert.id,
      ratingId: alert.ratingId,
      note,
    });
    if (!parsed.success) return setProblem('note');
    setProblem(null);
    setWorking(true);
    try {
      onAcknowledged(await staffApi.acknowledge(participantId, parsed.data));
    } catch {
      setProblem('failed');
      setWorking(false);
    }
  };

  return (
    <li class="stack">
      <div class="alert-row">
        <p>
          <strong>{t(`alertRule.${alert.id}`)}</strong> <AlertText alert={alert} />
        </p>
        {!writing && (
          <button
            type="button"
            class="button button--small no-print"
            onClick={() => setWriting(true)}
          >
            {t('alerts.acknowledge')}
          </button>
        )}
      </div>
      {writing && (
        <form class="stack no-print" onSubmit={submit} noValidate>
          {problem === 'failed' && (
            <p class="notice notice--error" role="alert">
              {t('alerts.ackFailed')}
            </p>
          )}
          <Field
            id={id}
            label={t('alerts.ackNote')}
            hint={t('alerts.ackNote.hint')}
            error={problem === 'note' ? t('alerts.ackNote.error') : null}
          >
            {(a11y) => (
              <input
                {...a11y}
                type="text"
                maxLength={500}
                value={note}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="actions">
            <SubmitButton
              working={working}
              label={t('alerts.ackSave')}
              workingLabel={t('app.loading')}
            />
            <button type="button" class="button button--small" onClick={() => setWriting(false)}>
              {t('alerts.ackCancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
