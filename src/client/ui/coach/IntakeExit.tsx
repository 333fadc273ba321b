import { useState } from 'preact/hooks';
import { useLoad } from '../common/useLoad';
import { EXIT_REASONS, yearsInSupportSchema } from '../../../shared/participant';
import { describeChange } from './changeWords';
import { IntakeFields, intakeValuesOf, parseYears } from './IntakeFields';
import { useI18n, type MessageKey } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';

type History = Awaited<ReturnType<typeof staffApi.history>>;

/** Intake and exit data with their history: corrections never erase what was there. */
export function IntakeExit({
  participant,
  onChanged,
  historyVersion = 0,
}: {
  participant: ParticipantRow;
  onChanged(p: ParticipantRow): void;
  /** Bumped when something else on the page wrote to the history (an acknowledged signal). */
  historyVersion?: number;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [intakeDate, setIntakeDate] = useState(participant.intakeDate);
  const [intake, setIntake] = useState(() => intakeValuesOf(participant));
  const [exitDate, setExitDate] = useState(participant.exitDate ?? '');
  const [exitReason, setExitReason] = useState(participant.exitReason ?? '');
  const [exitNote, setExitNote] = useState(participant.exitNote ?? '');
  const [message, setMessage] = useState<{ ok: boolean; key: MessageKey } | null>(null);
  const changes = useLoad(() => staffApi.history(participant.id), [participant.id, historyVersion]);
  const history: History = changes.data ?? [];
  const loadHistory = changes.reload;

  const save = async (e: Event) => {
    e.preventDefault();
    const years = parseYears(intake.yearsInSupport);
    if (Number.isNaN(years) || (years !== null && !yearsInSupportSchema.safeParse(years).success))
      return setMessage({ ok: false, key: 'staff.invalidYears' });
    const change: Record<string, unknown> = {
      intakeDate,
      gender: intake.gender,
      birthYear: Number(intake.birthYear),
      referrer: intake.referrer || null,
      support: intake.support || null,
      yearsInSupport: years,
    };
    change.exitDate = exitDate || null;
    change.exitReason = exitReason || null;
    change.exitNote = exitNote.trim() || null;
    try {
      onChanged(await staffApi.update(participant.id, change));
      setMessage({ ok: true, key: 'staff.saved' });
      void loadHistory();
    } catch {
      setMessage({ ok: false, key: 'staff.invalidChange' });
    }
  };

  return (
    // Folded away: the chart comes first, the record is opened when it is to be changed.
    <details class="stack card fold no-print">
      <summary>
        <h2 id="intake-exit">{t('staff.intakeExit')}</h2>
      </summary>
      <form class="stack" onSubmit={save}>
        {message && (
          <p
            class={message.ok ? 'notice' : 'notice notice--error'}
            role={message.ok ? 'status' : 'alert'}
          >
            {t(message.key)}
          </p>
        )}
        <div class="filters">
          <div class="field">
            <label for="intake-date">{t('staff.intakeDate')}</label>
            <input
              id="intake-date"
              type="date"
              required
              value={intakeDate}
              onInput={(e) => setIntakeDate(e.currentTarget.value)}
            />
          </div>
          <IntakeFields
            prefix="ie"
            values={intake}
            onChange={(key, value) => setIntake({ ...intake, [key]: value })}
          />
          <div class="field">
            <label for="exit-date">{t('staff.exitDate')}</label>
            <input
              id="exit-date"
              type="date"
              value={exitDate}
              onInput={(e) => setExitDate(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="exit-reason">{t('staff.exitReason')}</label>
            <select
              id="exit-reason"
              value={exitReason}
              onChange={(e) => setExitReason(e.currentTarget.value)}
            >
              <option value="">{t('staff.noExit')}</option>
              {EXIT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`exitReason.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="exit-note">{t('staff.exitNote')}</label>
          <textarea
            id="exit-note"
            rows={2}
            maxLength={1000}
            value={exitNote}
            onInput={(e) => setExitNote(e.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('staff.save')}
          </button>
        </div>
      </form>
      {history.length > 0 && (
        <details>
          <summary>{t('staff.history')}</summary>
          <ul>
            {history.map((h, i) => (
              <li key={i}>
                {t('staff.historyEntry', {
                  when: dateTime(h.changedAt),
                  by: h.by ?? '?',
                  what: Object.entries(h.changes)
                    .map(([field, [from, to]]) => describeChange(i18n, field, from, to))
                    .join('; '),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </details>
  );
}
