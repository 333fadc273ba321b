import { INSTRUMENT_ORDER, INSTRUMENTS } from '../../../shared/instruments';
import type { InstrumentId } from '../../../shared/instruments/definition';
import { useI18n } from '../../i18n';
import { shownInstrument, usePhoneWording, wordingName } from '../../wording';
import { WordingNote } from '../common/WordingNote';
import { InstallHint } from '../common/InstallHint';
import { SyncStatus } from './SyncStatus';
import { TodayGroupSessions } from './TodayGroupSessions';

/** The few choices a participant needs, in the order a session goes; the rest below. */
const MAIN = INSTRUMENT_ORDER.filter((id) => INSTRUMENTS[id].placement === 'main');
const MORE = INSTRUMENT_ORDER.filter((id) => INSTRUMENTS[id].placement === 'more');

export function Home() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { wordings, licence } = usePhoneWording();
  const choice = (id: InstrumentId) => {
    const texts = shownInstrument(id, wordings, i18n).texts;
    return (
      <li key={id}>
        <a class="choice" href={`#/rate/${id}`}>
          <span class="choice-when">{texts.when}</span>
          <span class="choice-title">{texts.title}</span>
        </a>
      </li>
    );
  };
  return (
    <section class="stack">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <TodayGroupSessions />
      <ul class="choices">
        {MAIN.map(choice)}
        <li>
          <a class="choice choice--progress" href="#/progress">
            <span class="choice-when">{t('home.progressHint')}</span>
            <span class="choice-title">{t('home.progress')}</span>
          </a>
        </li>
      </ul>
      <h2 class="small-heading">{t('home.more')}</h2>
      <ul class="choices choices--more">{MORE.map(choice)}</ul>
      <WordingNote wording={wordingName(wordings, lang)} licence={licence} />
      <SyncStatus />
      <InstallHint />
      <a class="staff-link muted" href="#/staff">
        {t('home.staff')}
      </a>
    </section>
  );
}
