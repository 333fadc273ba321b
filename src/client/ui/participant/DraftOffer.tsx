import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n';

/** "Fortsätt där du var?": an earlier half-filled form, offered back before anything else. */
export function DraftOffer({
  title,
  savedAt,
  onChoose,
}: {
  title: string;
  savedAt: string;
  onChoose(resume: boolean): void;
}) {
  const { t, dateTime } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Announced and focused: it is the first thing to decide on this screen.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      class="notice draft-offer"
      role="region"
      aria-labelledby="draft-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="draft-title" class="notice-title">
        {t('draft.title')}
      </h2>
      <p>{t('draft.lead', { title, time: dateTime(savedAt) })}</p>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => onChoose(true)}>
          {t('draft.resume')}
        </button>
        <button type="button" class="button" onClick={() => onChoose(false)}>
          {t('draft.discard')}
        </button>
      </div>
    </div>
  );
}
