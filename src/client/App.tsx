import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STAFF_LANGUAGES, type Language } from '../shared/language';
import { I18nContext, loadLanguage, makeI18n, rememberLanguage } from './i18n';
import { offeredLanguages, rememberOfferedLanguages } from './i18n/choice';
import { usePhoneWording } from './wording';
import { registerServiceWorker } from './pwa';
import { afterSettled } from './afterSettled';
import { goHome, useRoute } from './route';
import { LanguageMenu } from './ui/common/LanguageMenu';
import { OfflineReady, UpdatePrompt } from './ui/common/UpdatePrompt';
import { Home } from './ui/participant/Home';
import { syncLoop } from './sync/loop';
import { useOnline } from './useOnline';
import { useTabletMode } from './tabletMode';
import {
  FollowUpForm,
  InfoApp,
  Join,
  Progress,
  QuestionnaireForm,
  RatingFlow,
  StaffApp,
  TabletApp,
} from './ui/lazyScreens';

const isStaffLanguage = (l: Language) => (STAFF_LANGUAGES as readonly Language[]).includes(l);

/** `lang` has loaded before the first render (main.tsx), so no screen flashes in Swedish. */
export function App({ initialLanguage }: { initialLanguage: Language }) {
  const [chosen, setChosen] = useState<Language>(initialLanguage);
  const [formOpen, setFormOpen] = useState(false);
  // The leave guard reads a ref, set the moment a form reports, not after App re-renders.
  const formOpenNow = useRef(false);
  const onFormDirty = useCallback((dirty: boolean) => {
    formOpenNow.current = dirty;
    setFormOpen(dirty);
  }, []);
  const leaveText = useRef('');
  const route = useRoute(() => !formOpenNow.current || confirm(leaveText.current));
  // The staff screens speak Swedish or English; a participant's Arabic phone shows them in Swedish.
  const staffSide = route.name === 'staff';
  const lang = staffSide && !isStaffLanguage(chosen) ? 'sv' : chosen;
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  leaveText.current = i18n.t('form.leaveConfirm');
  const online = useOnline();
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const { t } = i18n;
  const [tablet, reloadTablet] = useTabletMode();
  // On a shared tablet only the tablet's own screens (and staff sign-in) can be reached.
  const tabletScreen = tablet && route.name !== 'staff';

  // The team's choice of languages, remembered so the next start can match the phone's own.
  const teamLanguages = usePhoneWording().languages;
  useEffect(() => {
    if (teamLanguages) rememberOfferedLanguages(teamLanguages);
  }, [teamLanguages]);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    let unregister = () => {};
    const cancel = afterSettled(() => {
      unregister = registerServiceWorker({
        onUpdate: (apply) => setUpdate(() => apply),
        onOfflineReady: () => setOfflineReady(true),
      });
    });
    return () => {
      cancel();
      unregister();
    };
  }, []);
  // The first sync pass (its engine, zod, four requests and a redraw) waits too: home
  // draws from the phone's own store (what waits in the outbox too), and a touch starts it
  // at once.
  useEffect(() => {
    let stop = () => {};
    void syncLoop.showStored();
    const cancel = afterSettled(() => (stop = syncLoop.start()));
    return () => {
      cancel();
      stop();
    };
  }, []);
  // The rating form is the likeliest next screen: fetch it once the first one has settled.
  useEffect(() => afterSettled(RatingFlow.preload), []);
  // Before paint: the page's language and direction always match the words on it.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = i18n.info.dir;
    document.title = t('app.name');
    if (i18n.info.script === 'ethiopic') void import('./fonts').then((f) => f.loadEthiopicFont());
  }, [lang]);
  // Each screen starts at its heading for screen-reader and keyboard users.
  const screen =
    route.name === 'rate'
      ? `rate/${route.instrument}`
      : route.name === 'staff'
        ? `staff/${JSON.stringify(route.view)}`
        : route.name;

  useEffect(() => document.getElementById('main')?.focus({ preventScroll: true }), [screen]);

  const chooseLanguage = (next: Language) =>
    loadLanguage(next).then(
      () => {
        rememberLanguage(next);
        setChosen(next);
      },
      // Offline before the language was ever fetched: the service worker has it precached, so
      // this is a broken install; keep the current language rather than show keys.
      () => {},
    );
  const languageChoices = staffSide ? STAFF_LANGUAGES : (teamLanguages ?? offeredLanguages());

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="app-header">
        <a class="brand" href="#/">
          {t('app.name')}
        </a>
        <LanguageMenu choices={languageChoices} onChoose={chooseLanguage} />
      </header>
      {!online && (
        <p class="notice notice--info offline" role="status">
          {t('status.offline')}
        </p>
      )}
      {/* The staff screens need the network; only the participant's work offline. */}
      {offlineReady && !staffSide && <OfflineReady onDismiss={() => setOfflineReady(false)} />}
      {update && <UpdatePrompt busy={formOpen} onApply={update} onLater={() => setUpdate(null)} />}
      <main id="main" tabIndex={-1}>
        {tablet === undefined && route.name !== 'staff' ? (
          <p>{t('app.loading')}</p>
        ) : tabletScreen ? (
          <TabletApp tablet={tablet} onDirty={onFormDirty} onTabletChanged={reloadTablet} />
        ) : (
          <>
            {route.name === 'home' && <Home />}
            {route.name === 'progress' && <Progress />}
            {route.name === 'followUp' && <FollowUpForm months={route.months} />}
            {route.name === 'questionnaire' && (
              <QuestionnaireForm packId={route.packId} moment={route.moment} />
            )}
            {route.name === 'join' && <Join initialCode={route.code} />}
            {route.name === 'info' && <InfoApp page={route.page} />}
            {route.name === 'staff' && <StaffApp view={route.view} tablet={tablet ?? null} />}
            {route.name === 'rate' && (
              <RatingFlow
                key={`${route.instrument}/${route.groupSession ?? ''}`}
                groupSession={route.groupSession}
                instrumentId={route.instrument}
                onHome={goHome}
                onDirty={onFormDirty}
              />
            )}
          </>
        )}
      </main>
      {/* On every screen, offline too: what is stored, and how accessible the app is. */}
      <footer class="app-footer no-print">
        <nav aria-label={t('footer.label')}>
          {!tabletScreen && route.name !== 'staff' && <a href="#/my-data">{t('footer.myData')}</a>}
          <a href="#/privacy">{t('footer.privacy')}</a>
          <a href="#/accessibility">{t('footer.accessibility')}</a>
        </nav>
      </footer>
    </I18nContext.Provider>
  );
}
