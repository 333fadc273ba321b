import { useState } from 'preact/hooks';
import { INSTRUMENTS } from '../../../../shared/instruments';
import {
  wordingFileSchema,
  wordingProblemDetails,
  type WordingFile,
} from '../../../../shared/instruments/wording';
import { LANGUAGES, type Language } from '../../../../shared/language';
import { hasMessage, useI18n } from '../../../i18n';
import { staffApi, StaffApiError } from '../../../staff/api';
import { Field } from '../../common/Field';

type Problem = { path: string; message: string };

/** Reads and checks a wording file in the browser, with the schema the server uses too. */
function checkFile(text: string, language: Language): WordingFile | Problem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [{ path: '', message: 'notJson' }];
  }
  const parsed = wordingFileSchema.safeParse(raw);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: 'invalid' }));
  if (parsed.data.language !== language) return [{ path: 'language', message: 'otherLanguage' }];
  const problems = wordingProblemDetails(parsed.data, INSTRUMENTS);
  return problems.length ? problems : parsed.data;
}

/**
 * The team's licensed ORS/SRS/GSRS wording, one file per language. Phones get it with their
 * next sync; until then, and without a file, the neutral texts stay.
 */
export function WordingUpload({
  wordings,
  canEdit,
  onChanged,
}: {
  wordings: WordingFile[];
  canEdit: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [language, setLanguage] = useState<Language>('sv');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [state, setState] = useState<'idle' | 'working' | 'saved' | 'failed'>('idle');

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState('working');
    const checked = checkFile(await file.text(), language);
    input.value = '';
    if (Array.isArray(checked)) {
      setProblems(checked);
      return setState('idle');
    }
    setProblems(null);
    try {
      await staffApi.uploadWording(language, JSON.stringify(checked));
      setState('saved');
      onChanged();
    } catch (error) {
      if (error instanceof StaffApiError && error.details.length) setProblems(error.details);
      setState('failed');
    }
  };
  const remove = async (lang: string) => {
    try {
      await staffApi.removeWording(lang);
      onChanged();
    } catch {
      setState('failed');
    }
  };

  return (
    <section class="stack card" aria-labelledby="wording-title">
      <h2 id="wording-title">{t('team.wordingTitle')}</h2>
      <p class="muted">{t('team.wordingIntro')}</p>
      {wordings.length === 0 ? (
        <p>{t('wording.neutral')}</p>
      ) : (
        <ul class="stack">
          {wordings.map((w) => (
            <li key={w.language} class="group-row">
              <span>
                {t('team.wordingLoaded', {
                  name: w.name,
                  language: t(`language.${w.language}`),
                  instruments: Object.keys(w.instruments).join(', ').toUpperCase(),
                })}
              </span>
              {canEdit && (
                <button
                  type="button"
                  class="button button--small"
                  onClick={() => remove(w.language)}
                >
                  {t('team.wordingRemove', { language: t(`language.${w.language}`) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {state === 'saved' && (
        <p class="notice" role="status">
          {t('team.wordingSaved')}
        </p>
      )}
      {problems && (
        <div class="notice notice--error" role="alert">
          <p>{t('team.wordingBad')}</p>
          <ul>
            {problems.map((p, i) => {
              // The server's codes have texts; anything else is shown as the server said it.
              const key = `team.wordingProblem.${p.message}`;
              return (
                <li key={i}>
                  {hasMessage(key) ? t(key, { path: p.path }) : `${p.path}: ${p.message}`}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {state === 'failed' && !problems && (
        <p class="notice notice--error" role="alert">
          {t('staff.failed')}
        </p>
      )}
      {canEdit && (
        <div class="filters">
          <Field id="wording-language" label={t('team.wordingLanguage')}>
            {(a11y) => (
              <select
                {...a11y}
                value={language}
                onChange={(e) => setLanguage(e.currentTarget.value as Language)}
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="wording-file" label={t('team.wordingFile')} hint={t('team.wordingFile.hint')}>
            {(a11y) => (
              <input
                {...a11y}
                type="file"
                accept="application/json,.json"
                disabled={state === 'working'}
                onChange={(e) => void upload(e.currentTarget)}
              />
            )}
          </Field>
        </div>
      )}
    </section>
  );
}
