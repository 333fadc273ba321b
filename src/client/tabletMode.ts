import { useEffect, useState } from 'preact/hooks';
import { getTablet, TABLET_CHANGED_EVENT, type TabletCredential } from './storage/tabletStore';

/**
 * Whether this device is a shared tablet right now (undefined while looking). Read again
 * when tablet mode starts or ends, and after each tablet sync (the group may have changed).
 */
export function useTabletMode(): [TabletCredential | null | undefined, () => void] {
  const [tablet, setTablet] = useState<TabletCredential | null | undefined>(undefined);
  const reload = () =>
    void getTablet().then(
      (t) => setTablet(t ?? null),
      () => setTablet(null),
    );
  useEffect(() => {
    reload();
    addEventListener(TABLET_CHANGED_EVENT, reload);
    return () => removeEventListener(TABLET_CHANGED_EVENT, reload);
  }, []);
  return [tablet, reload];
}
