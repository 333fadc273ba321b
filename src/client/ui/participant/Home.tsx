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
  const { t, text, lang } = useI18n();
  const { wordings, licence } = usePhoneWording();
  const choice = (id: InstrumentId) => {
    const def = shownInstrument(id, wordings, lang).def;
    return (
      <li key={id}>
        <a class="choice" href={`#/rate/${id}`}>
          <span class="choice-when">{text(def.when)}</span>
          <span class="choice-title">{text(def.title)}</span>
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
