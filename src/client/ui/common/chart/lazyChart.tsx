import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../../i18n';

/**
 * A chart component that loads chart.js the first time it is drawn, never with the
 * participant's first page. One loader per chart kind.
 */
export function lazyChart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: Promise<ComponentType<P>> | null = null;
  return function LazyChart(props: P) {
    const { t } = useI18n();
    const [Chart, setChart] = useState<ComponentType<P> | null>(null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      loaded ??= load().then((m) => m.default);
      loaded.then(
        (c) => setChart(() => c),
        () => {
          loaded = null;
          setFailed(true);
        },
      );
    }, []);
    if (failed) return <p class="muted">{t('progress.chartFailed')}</p>;
    if (!Chart) return <p class="muted chart-placeholder">{t('progress.chartLoading')}</p>;
    return <Chart {...props} />;
  };
}
