import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';

const DISMISSED = 'stegvis.iosHintDismissed';

/** iOS Safari clears a site's storage after 7 days unused, unless it is on the home screen. */
export function isIosBrowserTab(nav: Navigator = navigator): boolean {
  const ios =
    /iPad|iPhone|iPod/.test(nav.userAgent) ||
    (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
  const standalone =
    (nav as Navigator & { standalone?: boolean }).standalone === true ||
    matchMedia('(display-mode: standalone)').matches;
  return ios && !standalone;
}

export function InstallHint() {
  const { t } = useI18n();
  const [shown, setShown] = useState(() => isIosBrowserTab() && !readDismissed());
  if (!shown) return null;
  return (
    <aside class="notice" aria-labelledby="ios-hint-title">
      <h2 class="notice-title" id="ios-hint-title">
        {t('ios.title')}
      </h2>
      <p>{t('ios.body')}</p>
      <button
        type="button"
        class="button"
        onClick={() => {
          writeDismissed();
          setShown(false);
        }}
      >
        {t('ios.dismiss')}
      </button>
    </aside>
  );
}

function readDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}
function writeDismissed(): void {
  try {
    localStorage.setItem(DISMISSED, '1');
  } catch {
    // Private mode: the hint shows again next time, which is fine.
  }
}
