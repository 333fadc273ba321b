import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../../i18n';
import type { LineChartProps } from './LineChart';

let loaded: Promise<ComponentType<LineChartProps>> | null = null;

/** Loads chart.js the first time a chart is drawn, never with the participant's first page. */
export function LazyLineChart(props: LineChartProps) {
  const { t } = useI18n();
  const [Chart, setChart] = useState<ComponentType<LineChartProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loaded ??= import('./LineChart').then((m) => m.default);
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
}
