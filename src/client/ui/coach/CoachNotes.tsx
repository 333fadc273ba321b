import { useEffect, useState } from 'preact/hooks';
import { COACH_NOTE_MAX_LENGTH, coachNoteSchema } from '../../../shared/participant';
import { useI18n } from '../../i18n';
import { localToday } from '../../localDate';
import { staffApi, type CoachNote } from '../../staff/api';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';

/** The coach's own notes from each session, beside the participant's ratings. Staff-only. */
export function CoachNotes({ participantId }: { participantId: string }) {
  const { t, date } = useI18n();
  const [notes, setNotes] = useState<CoachNote[] | null>(null);
  const [form, setForm] = useState({ sessionDate: localToday(), text: '' });
  const [problem, setProblem] = useState<'text' | 'date' | 'failed' | null>(null);
  const [working, setWorking] = useState(false);
  useEffect(() => {
    staffApi.coachNotes(participantId).then(setNotes, () => setProblem('failed'));
  }, [participantId]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = coachNoteSchema.safeParse(form);
    if (!parsed.success)
      return setProblem(parsed.error.issues[0]!.path[0] === 'text' ? 'text' : 'date');
    setProblem(null);
    setWorking(true);
    try {
      const note = await staffApi.addCoachNote(participantId, parsed.data);
      setNotes((cur) =>
        [...(cur ?? []), note].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)),
      );
      setForm({ ...form, text: '' });
    } catch {
      setProblem('failed');
    } finally {
      setWorking(false);
    }
  };

  return (
    <section class="stack card" aria-labelledby="coach-notes-title">
      <h2 id="coach-notes-title">{t('notes.coachTitle')}</h2>
      <p class="muted">{t('notes.coachIntro')}</p>
      {notes && notes.length === 0 && <p>{t('notes.coachNone')}</p>}
      {notes && notes.length > 0 && (
        <ul class="coach-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <strong>{date(n.sessionDate)}</strong> <span class="muted">{n.by ?? ''}</span>
              <p class="note-text">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form class="stack no-print" onSubmit={submit} noValidate>
        {problem === 'failed' && (
          <p class="notice notice--error" role="alert">
            {t('staff.failed')}
          </p>
        )}
        <Field
          id="coach-note-date"
          label={t('notes.coachDate')}
          error={problem === 'date' ? t('team.dateError') : null}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              max={localToday()}
              value={form.sessionDate}
              onInput={(e) => setForm({ ...form, sessionDate: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field
          id="coach-note-text"
          label={t('notes.coachText')}
          hint={t('notes.coachHint', { max: COACH_NOTE_MAX_LENGTH })}
          error={problem === 'text' ? t('notes.coachTextError') : null}
        >
          {(a11y) => (
            <textarea
              {...a11y}
              rows={3}
              maxLength={COACH_NOTE_MAX_LENGTH}
              value={form.text}
              onInput={(e) => setForm({ ...form, text: e.currentTarget.value })}
            />
          )}
        </Field>
        <div class="actions">
          <SubmitButton
            working={working}
            label={t('notes.coachSave')}
            workingLabel={t('app.loading')}
          />
        </div>
      </form>
    </section>
  );
}
