import { useState } from 'preact/hooks';
import { COACH_NOTE_MAX_LENGTH, coachNoteSchema } from '../../../shared/participant';
import { useI18n } from '../../i18n';
import { localToday } from '../../localDate';
import { staffApi, type CoachNote } from '../../staff/api';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';

/** The coach's own notes from each session, beside the participant's ratings. Staff-only. */
export function CoachNotes({
  participantId,
  notes,
  onAdded,
}: {
  participantId: string;
  /** Loaded with the trend, which marks their days on the charts. */
  notes: readonly CoachNote[];
  onAdded(note: CoachNote): void;
}) {
  const { t, date } = useI18n();
  const [form, setForm] = useState({ sessionDate: localToday(), text: '' });
  const [problem, setProblem] = useState<'text' | 'date' | 'failed' | null>(null);
  const [working, setWorking] = useState(false);
  const [writing, setWriting] = useState(false);
  // The latest few are what the next conversation needs; the rest fold away.
  const latest = notes.slice(-3).reverse();
  const older = notes.slice(0, -3).reverse();

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = coachNoteSchema.safeParse(form);
    if (!parsed.success)
      return setProblem(parsed.error.issues[0]!.path[0] === 'text' ? 'text' : 'date');
    setProblem(null);
    setWorking(true);
    try {
      onAdded(await staffApi.addCoachNote(participantId, parsed.data));
      setForm({ ...form, text: '' });
      setWriting(false);
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
      {notes.length === 0 && <p>{t('notes.coachNone')}</p>}
      {latest.length > 0 && <NoteList notes={latest} date={date} />}
      {older.length > 0 && (
        <details>
          <summary>{t('staff.olderNotes', { count: older.length })}</summary>
          <NoteList notes={older} date={date} />
        </details>
      )}
      {!writing && (
        <div class="actions no-print">
          <button type="button" class="button button--small" onClick={() => setWriting(true)}>
            {t('notes.coachWrite')}
          </button>
        </div>
      )}
      {writing && (
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
      )}
    </section>
  );
}

function NoteList({ notes, date }: { notes: readonly CoachNote[]; date: (d: string) => string }) {
  return (
    <ul class="coach-notes">
      {notes.map((n) => (
        <li key={n.id}>
          <strong>{date(n.sessionDate)}</strong> <span class="muted">{n.by ?? ''}</span>
          <p class="note-text">{n.text}</p>
        </li>
      ))}
    </ul>
  );
}
