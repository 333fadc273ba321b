import { useEffect, useState } from 'preact/hooks';
import { foldHistory } from '../../../domain/history';
import { INSTRUMENT_ORDER } from '../../../shared/instruments/catalog';
import type { InstrumentId } from '../../../shared/instruments/definition';
import { useI18n } from '../../i18n';
import { localToday } from '../../localDate';
import { listFacts } from '../../storage/facts';
import { getFollowUpPlan, getTodaySessions } from '../../storage/syncStore';
import type { Fact } from '../../../shared/rating';
import { syncLoop } from '../../sync/loop';
import { shownInstrument, usePhoneWording, wordingName } from '../../wording';
import { InstallHint } from '../common/InstallHint';
import { WordingNote } from '../common/WordingNote';
import { CalendarReminder } from './CalendarReminder';
import { FollowUpHome } from './FollowUpHome';
import { followUpState, type FollowUpState } from '../../followUp';
import { packText } from '../../packText';
import { AboutIcon, Icon, INSTRUMENT_ICONS, ProgressIcon } from './icons';
import { nextStep, type NextStep } from './nextStep';
import { SyncStatus } from './SyncStatus';
import { unratedToday } from './todaySessions';

interface HomeState {
  next: NextStep;
  /** After exit, with consent to follow-up, the phone asks only its follow-up questions. */
  followUp: { state: FollowUpState; facts: Fact[] };
}

/**
 * The phone's store, read once on every visit and again after each sync (a group session
 * or a follow-up plan may arrive): what to offer first, and whether this is a follow-up.
 */
function useHomeState(): HomeState | null {
  const [state, setState] = useState<HomeState | null>(null);
  useEffect(
    () =>
      syncLoop.onSynced(() => {
        void Promise.all([listFacts(), getTodaySessions(), getFollowUpPlan()]).then(
          ([facts, sessions, plan]) => {
            const today = localToday();
            const views = foldHistory(facts);
            setState({
              next: nextStep(views, unratedToday(sessions, views, today), today, (iso) =>
                localToday(new Date(iso)),
              ),
              followUp: { state: followUpState(plan, facts, today), facts },
            });
          },
          () =>
            setState({
              next: { kind: 'rate', instrument: 'ors' },
              followUp: { state: { kind: 'none' }, facts: [] },
            }),
        );
      }),
    [],
  );
  return state;
}

/**
 * The next thing to do first, as one large card with its picture; everything else as a calm
 * list below; what the questions are and whose words they use, once, at the bottom.
 */
export function Home() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { wordings, licence, questionnaires = [], read } = usePhoneWording();
  const home = useHomeState();
  const texts = (id: InstrumentId) => shownInstrument(id, wordings, i18n).texts;
  // Drawn once the phone's store is read (a few ms): lists that grow while shown would jump.
  if (!home || !read)
    return (
      <section class="stack home">
        <h1>{t('home.title')}</h1>
      </section>
    );

  const { next, followUp } = home;
  const firstId = next.kind === 'rate' ? next.instrument : null;
  const following = followUp.state.kind !== 'none';
  const ongoing = following ? [] : questionnaires.filter((p) => p.moments.includes('ongoing'));

  return (
    <section class="stack home">
      <h1>{t('home.title')}</h1>
      <SyncStatus placement="top" />
      {following && (
        <FollowUpHome
          state={followUp.state as Exclude<typeof followUp.state, { kind: 'none' }>}
          facts={followUp.facts}
          packs={questionnaires}
        />
      )}
      {!following && (
        <section class="stack" aria-labelledby="next-title">
          <h2 id="next-title" class="small-heading">
            {t('home.next')}
          </h2>
          {next.kind === 'groupSession' ? (
            <a class="next-step" href={`#/rate/gsrs/${next.code}`}>
              <Icon of={INSTRUMENT_ICONS.gsrs} size={40} />
              <span class="next-step-text">
                <span class="choice-when">{next.groupName}</span>
                <span class="next-step-title">{t('home.rateGroupSession')}</span>
              </span>
            </a>
          ) : (
            <a class="next-step" href={`#/rate/${next.instrument}`}>
              <Icon of={INSTRUMENT_ICONS[next.instrument]} size={40} />
              <span class="next-step-text">
                <span class="choice-when">{texts(next.instrument).when}</span>
                <span class="next-step-title">{texts(next.instrument).title}</span>
              </span>
            </a>
          )}
        </section>
      )}
      <section class="stack" aria-labelledby="more-title">
        <h2 id="more-title" class="small-heading">
          {t('home.lead')}
        </h2>
        <ul class="task-list">
          {INSTRUMENT_ORDER.filter((id) => !following && id !== firstId).map((id) => (
            <li key={id}>
              <a href={`#/rate/${id}`}>
                <Icon of={INSTRUMENT_ICONS[id]} />
                <span>
                  <span class="task-title">{texts(id).title}</span>
                  <span class="task-when">{texts(id).when}</span>
                </span>
              </a>
            </li>
          ))}
          {ongoing.map((p) => (
            <li key={p.id}>
              <a href={`#/q/${p.id}/ongoing`}>
                <Icon of={AboutIcon} />
                <span>
                  <span class="task-title">{packText(p.title, lang)}</span>
                  <span class="task-when">{t('questionnaire.more')}</span>
                </span>
              </a>
            </li>
          ))}
          <li>
            <a href="#/progress">
              <Icon of={ProgressIcon} />
              <span>
                <span class="task-title">{t('home.progress')}</span>
                <span class="task-when">{t('home.progressHint')}</span>
              </span>
            </a>
          </li>
        </ul>
      </section>
      <SyncStatus placement="bottom" />
      <InstallHint />
      {/* The weekly reminder is for rating; a follow-up has its own, on its day. */}
      {!following && <CalendarReminder />}
      <details class="about-questions">
        <summary>
          <Icon of={AboutIcon} size={22} />
          {t('home.about')}
        </summary>
        <div class="stack">
          <p>{t('home.aboutLead')}</p>
          <p>{t('about.use')}</p>
          <WordingNote wording={wordingName(wordings, lang)} licence={licence} />
          {i18n.reviewed === false && <p class="muted">{t('lang.unreviewed')}</p>}
        </div>
      </details>
      <a class="staff-link muted" href="#/staff">
        {t('home.staff')}
      </a>
    </section>
  );
}
