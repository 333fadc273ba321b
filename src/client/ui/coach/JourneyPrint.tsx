import { useMemo } from 'preact/hooks';
import { itemText } from '../../../shared/instruments/texts';
import { foldHistory, series, type RatingView } from '../../../domain/history';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { LazyLineChart } from '../common/chart/LazyLineChart';
import { useLoad } from '../common/useLoad';

/**
 * "Din väg i Stegvis": one printed page for the exit conversation, for the participant to
 * keep. Their own answers from the first time to the last in plain words: no cutoffs, no
 * reliable-change bands, no clinical labels, nothing about alerts or the team.
 */
export function JourneyPrint({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, date, number, instrumentTexts } = i18n;
  const loaded = useLoad(() => Promise.all([staffApi.participant(id), staffApi.ratings(id)]), [id]);
  const views = useMemo(() => (loaded.data ? foldHistory(loaded.data[1]) : []), [loaded.data]);
  const ors = useMemo(() => series(views, 'ors').filter((v) => v.total !== null), [views]);
  const labels = useMemo(() => ors.map((v) => date(v.rating.administeredAt)), [ors, date]);
  const lines = useMemo(
    () => [{ label: t('journey.orsLine'), values: ors.map((v) => v.total!) }],
    [ors, t],
  );
  if (loaded.error)
    return (
      <p class="notice notice--error" role="alert">
        {t('staff.failed')}
      </p>
    );
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  const [p] = loaded.data;
  const scale = series(views, 'scale');
  const compass = series(views, 'compass').at(-1);
  const first = ors[0];
  const last = ors.at(-1);
  const day = (v: RatingView) => date(v.rating.administeredAt);

  return (
    <article class="stack journey" aria-labelledby="journey-title">
      <div class="no-print actions">
        <a href={`#/staff/p/${id}`}>{t('staff.back')}</a>
        <button type="button" class="button button--primary" onClick={() => print()}>
          {t('journey.print')}
        </button>
      </div>
      <h1 id="journey-title">{t('journey.title')}</h1>
      <p class="lead">
        {t('journey.period', {
          name: p.displayName ?? p.code,
          from: date(p.intakeDate),
          to: p.exitDate ? date(p.exitDate) : date(new Date().toISOString()),
        })}
      </p>
      <section class="stack" aria-labelledby="journey-ors">
        <h2 id="journey-ors">{instrumentTexts('ors').title}</h2>
        {first && last ? (
          <>
            {ors.length > 1 && (
              <LazyLineChart
                legend={false}
                labels={labels}
                lines={lines}
                max={40}
                ariaLabel={t('journey.orsChart')}
              />
            )}
            <p>
              {t('journey.orsFirst', { date: day(first), value: number(first.total!, 1) })}{' '}
              {ors.length > 1 &&
                t('journey.orsLast', { date: day(last), value: number(last.total!, 1) })}{' '}
              {ors.length > 1 && changeWords(first.total!, last.total!, t, number)}
            </p>
          </>
        ) : (
          <p>{t('journey.none')}</p>
        )}
      </section>
      {scale.length > 0 && (
        <section class="stack" aria-labelledby="journey-scale">
          <h2 id="journey-scale">{instrumentTexts('scale').title}</h2>
          {scale.at(-1)!.rating.goal && (
            <p>{t('journey.goal', { goal: scale.at(-1)!.rating.goal! })}</p>
          )}
          <p>
            {t('journey.scale', {
              first: number(scale[0]!.rating.values.goal ?? 0, 0),
              last: number(scale.at(-1)!.rating.values.goal ?? 0, 0),
              from: day(scale[0]!),
              to: day(scale.at(-1)!),
            })}
          </p>
        </section>
      )}
      {compass && (
        <section class="stack" aria-labelledby="journey-compass">
          <h2 id="journey-compass">{instrumentTexts('compass').title}</h2>
          <p>{t('journey.compass', { date: day(compass) })}</p>
          <ul>
            {Object.entries(compass.rating.values).map(([item, v]) => (
              <li key={item}>
                {itemText(instrumentTexts('compass'), item).label}: {number(v, 0)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="muted">{t('journey.footer')}</p>
    </article>
  );
}

/** More, less or the same as at the start, in points, without judging it. */
function changeWords(
  first: number,
  last: number,
  t: ReturnType<typeof useI18n>['t'],
  number: ReturnType<typeof useI18n>['number'],
): string {
  const diff = Math.round((last - first) * 10) / 10;
  if (diff === 0) return t('journey.same');
  return t(diff > 0 ? 'journey.higher' : 'journey.lower', { points: number(Math.abs(diff), 1) });
}
