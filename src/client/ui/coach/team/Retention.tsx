import { useState } from 'preact/hooks';
import { erasureRequestSchema } from '../../../../shared/staff';
import { teamSettingsSchema } from '../../../../shared/team';
import { useI18n, type MessageKey } from '../../../i18n';
import { staffApi } from '../../../staff/api';
import { Field } from '../../common/Field';
import { TableScroll } from '../../common/TableScroll';
import { useLoad } from '../../common/useLoad';

/**
 * Gallring: how long records are kept after exit, who is due, and the erasure itself, which
 * is an admin's recorded decision and cannot be undone.
 */
export function Retention() {
  const { t, date, dateTime } = useI18n();
  const state = useLoad(() => staffApi.erasures(), []);
  const [months, setMonths] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [decision, setDecision] = useState('');
  const [sure, setSure] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; key: MessageKey; code?: string } | null>(
    null,
  );
  const data = state.data;
  if (!data) return null;
  const chosen = code || data.due[0]?.code || '';

  const saveMonths = async (e: Event) => {
    e.preventDefault();
    const parsed = teamSettingsSchema.shape.retentionMonths.safeParse(Number(months));
    if (!parsed.success) return setMessage({ ok: false, key: 'team.retentionRange' });
    try {
      await staffApi.updateSettings({ retentionMonths: parsed.data });
      setMessage({ ok: true, key: 'staff.saved' });
      setMonths(null);
      void state.reload();
    } catch {
      setMessage({ ok: false, key: 'staff.failed' });
    }
  };

  const erase = async (e: Event) => {
    e.preventDefault();
    const parsed = erasureRequestSchema.safeParse({ code: chosen, decisionRef: decision });
    if (!parsed.success) return setMessage({ ok: false, key: 'team.erasureDecisionNeeded' });
    if (!sure) return setMessage({ ok: false, key: 'team.erasureConfirmNeeded' });
    try {
      await staffApi.erase(parsed.data.code, parsed.data.decisionRef);
      setMessage({ ok: true, key: 'team.erased', code: parsed.data.code });
      setCode('');
      setDecision('');
      setSure(false);
      void state.reload();
    } catch {
      setMessage({ ok: false, key: 'team.erasureFailed' });
    }
  };

  return (
    <section class="stack card" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('team.retentionTitle')}</h2>
      {message && (
        <p
          class={message.ok ? 'notice' : 'notice notice--error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {t(message.key, { code: message.code ?? '' })}
        </p>
      )}
      <form class="filters" onSubmit={saveMonths} noValidate>
        <Field
          id="retention-months"
          label={t('team.retentionMonths')}
          hint={t('team.retentionHint')}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              min={1}
              max={240}
              value={months ?? String(data.retentionMonths)}
              onInput={(e) => setMonths(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="actions">
          <button type="submit" class="button">
            {t('team.retentionSave')}
          </button>
        </div>
      </form>
      <h3>{t('team.dueTitle')}</h3>
      {data.due.length === 0 ? (
        <p class="muted">{t('team.noneDue')}</p>
      ) : (
        <>
          <TableScroll label={t('team.dueTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('staff.colCode')}</th>
                  <th scope="col">{t('staff.exitDate')}</th>
                  <th scope="col">{t('team.dueOn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.due.map((d) => (
                  <tr key={d.id}>
                    <td>{d.code}</td>
                    <td>{date(d.exitDate)}</td>
                    <td>{date(d.dueOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <form class="stack" onSubmit={erase} noValidate aria-labelledby="erase-title">
            <h3 id="erase-title">{t('team.eraseTitle')}</h3>
            <p>{t('team.eraseExplain')}</p>
            <div class="filters">
              <Field id="erase-code" label={t('staff.colCode')}>
                {(a11y) => (
                  <select {...a11y} value={chosen} onChange={(e) => setCode(e.currentTarget.value)}>
                    {data.due.map((d) => (
                      <option key={d.id} value={d.code}>
                        {d.code}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id="erase-decision"
                label={t('team.decisionRef')}
                hint={t('team.decisionHint')}
              >
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    maxLength={100}
                    value={decision}
                    onInput={(e) => setDecision(e.currentTarget.value)}
                  />
                )}
              </Field>
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={sure}
                onChange={(e) => setSure(e.currentTarget.checked)}
              />
              {t('team.eraseConfirm', { code: chosen })}
            </label>
            <div class="actions">
              <button type="submit" class="button button--danger">
                {t('team.eraseButton')}
              </button>
            </div>
          </form>
        </>
      )}
      {data.done.length > 0 && (
        <details>
          <summary>{t('team.erasedTitle')}</summary>
          <ul>
            {data.done.map((d) => (
              <li key={d.id}>
                {t('team.erasedEntry', {
                  when: dateTime(d.erasedAt),
                  decision: d.decisionRef,
                  by: d.decidedBy === 'cli' ? t('team.byCommandLine') : d.decidedBy,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
