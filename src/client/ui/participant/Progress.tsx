import { INSTRUMENT_ORDER } from '../../../shared/instruments/catalog';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InstrumentId } from '../../../shared/instruments/definition';
import { itemText } from '../../../shared/instruments/texts';
import { foldHistory, type RatingView } from '../../../domain/history';
import { progressChart } from '../../../domain/progress';
import { useI18n } from '../../i18n';
import { listFacts } from '../../storage/facts';
import { LazyLineChart } from '../common/chart/LazyLineChart';
import { StorageErrorMessage } from '../common/StorageErrorMessage';
import { ProgressTable } from './ProgressTable';
import {
  NEUTRAL_WORDING,
  usePhoneWording,
  shownInstrument,
  wordingName,
  type ShownInstrument,
} from '../../wording';
import { WordingNote } from '../common/WordingNote';

const ORDER: readonly InstrumentId[] = INSTRUMENT_ORDER;

/** The participant's own answers over time: a chart and a table with the same numbers. */
export function Progress() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { wordings, licence } = usePhoneWording();
  const [views, setViews] = useState<RatingView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () =>
    listFacts().then(
      (facts) => setViews(foldHistory(facts)),
      (e) => setError(e),
    );
  useEffect(() => void load(), []);

  if (error !== null)
    return <StorageErrorMessage error={error} onRetry={() => (setError(null), load())} />;
  if (!views) return <p>{t('app.loading')}</p>;
  const present = ORDER.filter((id) =>
    views.some((v) => !v.withdrawn && v.rating.instrument === id),
  );
  return (
    <section class="stack">
      <h1>{t('progress.title')}</h1>
      <p class="lead">{present.length ? t('progress.lead') : t('progress.empty')}</p>
      {present.map((id) => (
        <InstrumentProgress
          key={id}
          shown={shownInstrument(id, wordings, i18n)}
          views={views}
          onChange={load}
        />
      ))}
      {present.length > 0 && wordingName(wordings, lang) !== NEUTRAL_WORDING && (
        <WordingNote wording={wordingName(wordings, lang)} licence={licence} />
      )}
      {views.some((v) => v.withdrawn) && <p class="muted">{t('progress.withdrawn')}</p>}
    </section>
  );
}

function InstrumentProgress({
  shown,
  views,
  onChange,
}: {
  shown: ShownInstrument;
  views: RatingView[];
  onChange(): void;
}) {
  const { t, date, dateTime } = useI18n();
  const { def, texts } = shown;
  const chart = useMemo(() => progressChart(views, def, { showReference: true }), [views, def]);
  const title = texts.title;
  const labels = useMemo(() => {
    const days = chart.views.map((v) => date(v.rating.administeredAt));
    // Two ratings on one day would share a label; the time tells them apart.
    const sameDay = new Set(days).size < days.length;
    return sameDay ? chart.views.map((v) => dateTime(v.rating.administeredAt)) : days;
  }, [chart, date, dateTime]);
  const lines = useMemo(
    () =>
      chart.lines.map((line) => ({
        label: line.key === 'total' ? t('progress.colTotal') : itemText(texts, line.key).label,
        values: line.values,
      })),
    [chart, t, texts],
  );
  const reference = useMemo(
    () =>
      chart.reference === undefined
        ? undefined
        : { kind: 'limit' as const, values: [chart.reference], label: t('progress.reference') },
    [chart, t],
  );
  const guides = useMemo(() => (reference ? [reference] : []), [reference]);
  return (
    <section class="stack card" aria-labelledby={`progress-${def.id}`}>
      <h2 id={`progress-${def.id}`}>{title}</h2>
      <LazyLineChart
        // The reference line is explained in plain words under the chart instead.
        legend={false}
        labels={labels}
        lines={lines}
        max={chart.max}
        guides={guides}
        ariaLabel={t('progress.chartLabel', { title })}
      />
      {reference && (
        <p class="muted">
          <span class="legend-line" aria-hidden="true" />
          {reference.label}
        </p>
      )}
      <ProgressTable shown={shown} chart={chart} onChange={onChange} />
    </section>
  );
}
