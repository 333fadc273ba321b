import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, languageInfo, type Language } from '../../../../shared/language';
import { teamSettingsSchema } from '../../../../shared/team';
import type { CatalogReview } from '../../../i18n/catalog';
import { loadLanguage, useI18n, type MessageKey } from '../../../i18n';
import { staffApi } from '../../../staff/api';

/**
 * Which languages the team's participants may choose. Each shows whether a native speaker
 * has reviewed it, so the team decides knowingly before offering an unreviewed one.
 */
export function TeamLanguages({
  offered,
  canEdit,
  onSaved,
}: {
  offered: readonly Language[];
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t, date } = useI18n();
  const [chosen, setChosen] = useState<Language[]>([...offered]);
  const [reviews, setReviews] = useState<Partial<Record<Language, CatalogReview>>>({});
  const [message, setMessage] = useState<{ ok: boolean; key: MessageKey } | null>(null);
  useEffect(() => {
    // The catalogs are small and precached; reading them is the only honest source.
    void Promise.all(
      LANGUAGES.map((l) => loadLanguage(l).then((c) => [l, c.review] as const)),
    ).then((all) => setReviews(Object.fromEntries(all)));
  }, []);

  const reviewText = (review: CatalogReview | undefined) =>
    !review
      ? ''
      : review.status === 'source'
        ? t('team.languageSource')
        : review.status === 'reviewed'
          ? t('team.languageReviewed', { by: review.by, date: date(review.date) })
          : t('team.languageUnreviewed');

  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = teamSettingsSchema.shape.languages.safeParse(
      LANGUAGES.filter((l) => chosen.includes(l)),
    );
    if (!parsed.success) return setMessage({ ok: false, key: 'staff.failed' });
    try {
      await staffApi.updateSettings({ languages: parsed.data });
      setMessage({ ok: true, key: 'staff.saved' });
      onSaved();
    } catch {
      setMessage({ ok: false, key: 'staff.failed' });
    }
  };

  return (
    <form class="stack card" onSubmit={save} noValidate aria-labelledby="languages-title">
      <h2 id="languages-title">{t('team.languagesTitle')}</h2>
      <p>{t('team.languagesHelp')}</p>
      {message && (
        <p
          class={message.ok ? 'notice' : 'notice notice--error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {t(message.key)}
        </p>
      )}
      <fieldset class="stack" disabled={!canEdit}>
        <legend>{t('team.languagesLegend')}</legend>
        {LANGUAGES.map((l) => {
          const review = reviews[l];
          return (
            <label key={l} class="check">
              <input
                type="checkbox"
                checked={chosen.includes(l)}
                // Swedish is every screen's fallback: it cannot be switched off.
                disabled={l === 'sv'}
                aria-describedby={`lang-review-${l}`}
                onChange={(e) =>
                  setChosen(
                    e.currentTarget.checked ? [...chosen, l] : chosen.filter((c) => c !== l),
                  )
                }
              />
              <span>
                {t(`language.${l}` as MessageKey)} (
                <span lang={l} dir={languageInfo(l).dir}>
                  {languageInfo(l).name}
                </span>
                )
                <span
                  id={`lang-review-${l}`}
                  class={review?.status === 'unreviewed' ? 'muted review-flag' : 'muted'}
                >
                  {' '}
                  {reviewText(review)}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {canEdit && (
        <div class="actions">
          <button type="submit" class="button">
            {t('team.languagesSave')}
          </button>
        </div>
      )}
    </form>
  );
}
