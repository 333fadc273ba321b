import { NotebookPen, Undo2 } from 'lucide-preact';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { itemText } from '../../../shared/instruments/texts';
import { NOTE_MAX_LENGTH } from '../../../shared/rating';
import { canWithdraw, type RatingView } from '../../../domain/history';
import type { ProgressChart } from '../../../domain/progress';
import { useI18n } from '../../i18n';
import { saveFact } from '../../storage/facts';
import { newNote, newWithdrawal } from '../../newFacts';
import { StorageErrorMessage } from '../common/StorageErrorMessage';
import { ShareWithCoach } from './ShareWithCoach';
import type { ShownInstrument } from '../../wording';

interface Props {
  shown: ShownInstrument;
  chart: ProgressChart;
  onChange(): void;
}

/** The chart's numbers as a plain table (for screen readers and anyone who prefers it), with notes. */
export function ProgressTable({ shown, chart, onChange }: Props) {
  const { t, number, date } = useI18n();
  const { def, texts } = shown;
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const decimals = def.response.kind === 'vas' ? 1 : 0;
  // Several items without a total (the life compass) go in one cell as a list: a column per
  // item would not fit 320 px, and a scrolled-off column is easily missed.
  const listed = !def.total && def.items.length > 1;
  const columns = def.total
    ? [{ key: 'total', label: t('progress.colTotal') }]
    : listed
      ? [{ key: 'answers', label: t('progress.colValue') }]
      : def.items.map((i) => ({ key: i.id, label: itemText(texts, i.id).label }));

  const store = async (fact: Parameters<typeof saveFact>[0]) => {
    setError(null);
    try {
      await saveFact(fact);
      setNoteFor(null);
      onChange();
    } catch (e) {
      setError(e);
    }
  };
  const withdraw = (view: RatingView) => {
    if (confirm(t('saved.withdrawConfirm'))) void store(newWithdrawal(view.rating.id));
  };

  return (
    <div class="stack">
      {error !== null && <StorageErrorMessage error={error} />}
      <div class="table-scroll">
        <table>
          <caption>{t('progress.tableCaption', { title: texts.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.colDate')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.views.map((view, row) => (
              <Fragment key={view.rating.id}>
                <tr class="value-row">
                  <th scope="row">{date(view.rating.administeredAt)}</th>
                  {listed ? (
                    <td>
                      <ul class="answer-list">
                        {chart.lines.map((line) => (
                          <li key={line.key}>
                            {itemText(texts, line.key).label}:{' '}
                            <strong>{number(line.values[row]!, decimals)}</strong>
                          </li>
                        ))}
                      </ul>
                    </td>
                  ) : (
                    chart.lines.map((line) => (
                      <td key={line.key}>
                        {number(line.values[row]!, line.key === 'total' ? 1 : decimals)}
                      </td>
                    ))
                  )}
                </tr>
                {/* Notes and actions get a full-width row of their own, so the table fits 320 px. */}
                <tr class="notes-row">
                  <td colSpan={columns.length + 1}>
                    <span class="sr-only">
                      {t('progress.notesFor', { date: date(view.rating.administeredAt) })}
                    </span>
                    {view.rating.goal && <p>{t('progress.goal', { goal: view.rating.goal })}</p>}
                    {view.notes.map((n, i) => (
                      <p key={i} class="note">
                        {n}
                      </p>
                    ))}
                    <div class="row-actions">
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => setNoteFor(view.rating.id)}
                      >
                        <NotebookPen aria-hidden="true" size={18} />
                        {t('progress.addNote')}
                      </button>
                      {canWithdraw(view, new Date()) && (
                        // Taking back is not another way to add: it looks like what it does.
                        <button
                          type="button"
                          class="link-button link-button--undo"
                          onClick={() => withdraw(view)}
                        >
                          <Undo2 aria-hidden="true" size={18} />
                          {t('progress.withdraw')}
                        </button>
                      )}
                    </div>
                    {noteFor === view.rating.id && (
                      <NoteForm
                        label={t('progress.noteFor', { date: date(view.rating.administeredAt) })}
                        onSave={(text, shared) => store(newNote(view.rating.id, text, shared))}
                        onCancel={() => setNoteFor(null)}
                      />
                    )}
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function NoteForm({
  label,
  onSave,
  onCancel,
}: {
  label: string;
  onSave(text: string, shared: boolean): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  return (
    <form
      class="stack note-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text, shared);
      }}
    >
      <label for="note-text">{label}</label>
      <textarea
        id="note-text"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        autoFocus
      />
      <ShareWithCoach id="note-text-shared" checked={shared} onChange={setShared} />
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('progress.saveNote')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
