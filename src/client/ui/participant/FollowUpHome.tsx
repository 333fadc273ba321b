import { useState } from 'preact/hooks';
import type { Fact } from '../../../shared/rating';
import type { QuestionnairePack } from '../../../shared/questionnaire';
import { newFollowUpEnd, packsAfterExit, type FollowUpState } from '../../followUp';
import { packText } from '../../packText';
import { useI18n } from '../../i18n';
import { localToday } from '../../localDate';
import { saveFact } from '../../storage/facts';
import { downloadReminder } from '../../reminder/download';

/**
 * The home screen after exit, for someone who agreed to follow-up: "Hur går det nu?" when a
 * follow-up is due, otherwise when the next one is; nothing else can be written. The
 * participant can end it here, and it ends by itself after the last one.
 */
export function FollowUpHome({
  state,
  facts,
  packs,
}: {
  state: Exclude<FollowUpState, { kind: 'none' }>;
  facts: readonly Fact[];
  /** The team's packs, as the home screen already read them with the wording. */
  packs: readonly QuestionnairePack[];
}) {
  const { t, date, lang } = useI18n();
  const asked = state.kind === 'ended' ? [] : packsAfterExit(packs, facts);
  const [stopped, setStopped] = useState(false);
  if (state.kind === 'ended' || stopped)
    return <p class="notice">{t(stopped ? 'followUp.stopped' : 'followUp.ended')}</p>;
  return (
    <section class="stack" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title" class="small-heading">
        {t('home.next')}
      </h2>
      {state.kind === 'due' ? (
        <a class="next-step" href={`#/follow-up/${state.months}`}>
          <span class="next-step-text">
            <span class="choice-when">{t('followUp.when', { months: state.months })}</span>
            <span class="next-step-title">{t('followUp.title')}</span>
          </span>
        </a>
      ) : (
        <>
          <p>{t('followUp.waiting', { date: date(state.date) })}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              void downloadReminder({
                summary: t('followUp.title'),
                description: t('followUp.lead'),
                weekday: 0,
                on: state.date,
                time: '10:00',
                today: localToday(),
              })
            }
          >
            {t('followUp.reminder')}
          </button>
        </>
      )}
      {asked.length > 0 && (
        <ul class="task-list" aria-label={t('questionnaire.more')}>
          {asked.map(({ pack, moment }) => (
            <li key={`${pack.id}-${moment}`}>
              <a href={`#/q/${pack.id}/${moment}`}>
                <span class="task-title">{packText(pack.title, lang)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <details class="about-questions">
        <summary>{t('followUp.stopTitle')}</summary>
        <div class="stack">
          <p>{t('followUp.stopLead')}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => void saveFact(newFollowUpEnd()).then(() => setStopped(true))}
          >
            {t('followUp.stop')}
          </button>
        </div>
      </details>
    </section>
  );
}
