import { useState } from 'preact/hooks';
import type { QuestionnaireMoment, QuestionnairePack } from '../../../shared/questionnaire';
import { newId } from '../../newFacts';
import { useI18n } from '../../i18n';
import { saveFact } from '../../storage/facts';
import { usePhoneWording } from '../../wording';
import { packText } from '../../packText';

/**
 * One of the team's questionnaires (a pack it loaded under its licence), in the pack's own
 * words: one labelled answer per question, any left out if the participant wishes. Saved on
 * the phone first, offline too.
 */
export default function QuestionnaireForm({
  packId,
  moment,
}: {
  packId: string;
  moment: QuestionnaireMoment;
}) {
  const { t, lang } = useI18n();
  const { questionnaires } = usePhoneWording();
  const pack = questionnaires?.find((p) => p.id === packId);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!questionnaires) return <p>{t('app.loading')}</p>;
  if (!pack) return <p class="notice">{t('questionnaire.gone')}</p>;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (Object.keys(answers).length === 0) return setMissing(true);
    await saveFact({
      type: 'questionnaire',
      id: newId(),
      at: new Date().toISOString(),
      packId,
      moment,
      answers,
    });
    setSaved(true);
  };
  const title = packText(pack.title, lang);
  if (saved)
    return (
      <section class="stack">
        <h1>{title}</h1>
        <p class="notice" role="status">
          {t('questionnaire.saved')}
        </p>
        <a class="button" href="#/">
          {t('followUp.back')}
        </a>
      </section>
    );
  const own = !pack.title[lang];
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{title}</h1>
      {own && lang !== 'sv' && (
        <p class="notice" lang="sv">
          {t('questionnaire.onlySwedish')}
        </p>
      )}
      {pack.intro && <p class="lead">{packText(pack.intro, lang)}</p>}
      <p class="muted">{t('questionnaire.optional')}</p>
      {missing && (
        <p class="field-error" role="alert">
          {t('questionnaire.missing')}
        </p>
      )}
      {pack.questions.map((q: QuestionnairePack['questions'][number]) => (
        <fieldset key={q.id} class="stack choice-list">
          <legend>{packText(q.text, lang)}</legend>
          {q.options.map((o) => (
            <label key={o.value} class="choice">
              <input
                type="radio"
                name={q.id}
                value={o.value}
                checked={answers[q.id] === o.value}
                onChange={() => setAnswers({ ...answers, [q.id]: o.value })}
              />
              <span>{packText(o.label, lang)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" class="button">
        {t('questionnaire.save')}
      </button>
    </form>
  );
}
