import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import type { TeamInfo } from '../../staff/team';
import { Field } from '../common/Field';

/** Who is responsible for the participant: one or two of the team's coaches, changeable. */
export function ResponsibleCoaches({
  participant,
  team,
  onChanged,
}: {
  participant: ParticipantRow;
  team: TeamInfo;
  onChanged(p: ParticipantRow): void;
}) {
  const { t } = useI18n();
  const coaches = team.coaches ?? [];
  const current = participant.coachIds ?? [];
  const [editing, setEditing] = useState(false);
  const [first, setFirst] = useState(current[0] ?? '');
  const [second, setSecond] = useState(current[1] ?? '');
  const [failed, setFailed] = useState(false);
  const names = current
    .map((id) => coaches.find((c) => c.id === id)?.email)
    .filter(Boolean)
    .join(', ');

  const save = async (e: Event) => {
    e.preventDefault();
    const ids = [...new Set([first, second].filter(Boolean))];
    try {
      onChanged(await staffApi.setCoaches(participant.id, ids));
      setFailed(false);
      setEditing(false);
    } catch {
      setFailed(true);
    }
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <Field id={id} label={label}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => set(e.currentTarget.value)}>
          <option value="">{t('staff.coachNobody')}</option>
          {coaches.map((c) => (
            <option key={c.id} value={c.id}>
              {c.email}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <div class="stack responsible">
      <p>
        <strong>{t('staff.coachesTitle')}:</strong> {names || t('staff.coachesNone')}{' '}
        {!editing && (
          <button
            type="button"
            class="button button--small no-print"
            onClick={() => setEditing(true)}
          >
            {t('staff.change')}
          </button>
        )}
      </p>
      {editing && (
        <form class="stack no-print" onSubmit={save}>
          {failed && (
            <p class="notice notice--error" role="alert">
              {t('staff.failed')}
            </p>
          )}
          <div class="filters">
            {select('coach-first', t('staff.coachFirst'), first, setFirst)}
            {select('coach-second', t('staff.coachSecond'), second, setSecond)}
          </div>
          <div class="actions">
            <button type="submit" class="button button--primary">
              {t('staff.coachesSave')}
            </button>
            <button type="button" class="button button--small" onClick={() => setEditing(false)}>
              {t('alerts.ackCancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
