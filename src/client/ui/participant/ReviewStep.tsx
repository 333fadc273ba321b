import { useEffect, useRef } from 'preact/hooks';
import type { InstrumentDefinition } from '../../../shared/instruments/definition';
import { itemText, type InstrumentTexts } from '../../../shared/instruments/texts';
import { NOTE_MAX_LENGTH } from '../../../shared/rating';
import { total } from '../../../domain/scoring';
import { SubmitButton } from '../common/SubmitButton';
import { ShareWithCoach } from './ShareWithCoach';
import { useI18n } from '../../i18n';
import { SpeechBar } from '../common/SpeakButton';

interface Props {
  def: InstrumentDefinition;
  texts: InstrumentTexts;
  values: Record<string, number>;
  goal: string;
  note: string;
  saving: boolean;
  onNote(note: string): void;
  noteShared: boolean;
  onNoteShared(shared: boolean): void;
  onEdit(): void;
  onSave(): void;
}

/** Show, confirm, save: the numbers appear here for the first time, and can still be changed. */
export function ReviewStep(props: Props) {
  const { def, texts, values, goal, note, saving, onNote, onEdit, onSave } = props;
  const { t, number } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sum = total(def, values);
  const decimals = def.response.kind === 'vas' ? 1 : 0;
  useEffect(() => headingRef.current?.focus(), []);
  const valueOf = (value: number, max: number, places: number) =>
    t('review.valueOf', { value: number(value, places), max: number(max, 0) });
  const rows = def.items.map((item) => ({
    id: item.id,
    label: itemText(texts, item.id).label,
    value: valueOf(values[item.id]!, def.response.max, decimals),
  }));
  const totalText = sum === null ? null : valueOf(sum, def.items.length * def.response.max, 1);
  const spoken = [
    t('review.title'),
    ...rows.map((r) => `${r.label}: ${r.value}`),
    totalText && `${t('review.total')}: ${totalText}`,
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) onSave();
      }}
    >
      <h1 tabIndex={-1} ref={headingRef}>
        {t('review.title')}
      </h1>
      <p class="lead">{t('review.lead')}</p>
      <SpeechBar text={spoken} />
      {def.ownGoal && goal && <p class="goal">{t('progress.goal', { goal })}</p>}
      <dl class="review">
        {rows.map((row) => (
          <div class="review-row" key={row.id}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
        {totalText && (
          <div class="review-row review-row--total">
            <dt>{t('review.total')}</dt>
            <dd>{totalText}</dd>
          </div>
        )}
      </dl>
      <div class="field">
        <label for="note">{t('review.noteLabel')}</label>
        <p class="muted" id="note-hint">
          {t('review.noteHint', { max: NOTE_MAX_LENGTH })}
        </p>
        <textarea
          id="note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          aria-describedby="note-hint"
          value={note}
          onInput={(e) => onNote(e.currentTarget.value)}
        />
        <ShareWithCoach id="note-shared" checked={props.noteShared} onChange={props.onNoteShared} />
      </div>
      <div class="actions">
        <SubmitButton working={saving} label={t('review.save')} workingLabel={t('review.saving')} />
        <button type="button" class="button" onClick={onEdit} disabled={saving}>
          {t('review.edit')}
        </button>
      </div>
    </form>
  );
}
