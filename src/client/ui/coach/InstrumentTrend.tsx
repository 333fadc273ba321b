import { useMemo, useState } from 'preact/hooks';
import { itemText } from '../../../shared/instruments/texts';
import type { TeamSettings } from '../../../shared/team';
import { series, type RatingView } from '../../../domain/history';
import { trendGuides, type GuideKind } from '../../../domain/trend';
import { useI18n, type MessageKey } from '../../i18n';
import { LazyLineChart } from '../common/chart/LazyLineChart';
import { TableScroll } from '../common/TableScroll';
import { CourseNote, courseLine, type ExpectedCourse } from './CourseNote';
import type { ShownInstrument } from '../../wording';

const GUIDE_LABEL: Record<GuideKind, MessageKey> = {
  cutoff: 'staff.cutoff',
  reliableChange: 'staff.rcBand',
  alliance: 'staff.srsLine',
  team: 'staff.gsrsLine',
};

/** One instrument on the coach's trend: totals (or items on demand) with guide lines, and a table. */
export function InstrumentTrend({
  shown,
  views,
  cutoff,
  settings,
  noteDays = [],
  course = null,
}: {
  shown: ShownInstrument;
  views: RatingView[];
  cutoff: number;
  settings: TeamSettings;
  /** Days with a note (the coach's or the participant's), marked under the chart. */
  noteDays?: readonly string[];
  /** The team's own expected course (ORS only). */
  course?: ExpectedCourse | null;
}) {
  const { t, number, date } = useI18n();
  const { def, texts } = shown;
  const [items, setItems] = useState(!def.total);
  const [table, setTable] = useState(false);
  const rows = useMemo(() => series(views, def.id), [views, def]);
  const decimals = def.response.kind === 'vas' ? 1 : 0;
  const title = texts.title;

  const labels = useMemo(() => rows.map((v) => date(v.rating.administeredAt)), [rows, date]);
  const lines = useMemo(
    () =>
      items
        ? def.items.map((item) => ({
            label: itemText(texts, item.id).label,
            values: rows.map((v) => v.rating.values[item.id] ?? 0),
          }))
        : [{ label: t('progress.colTotal'), values: rows.map((v) => v.total ?? 0) }],
    [items, rows, def, t, texts],
  );
  const guides = useMemo(
    () =>
      items
        ? []
        : trendGuides(def, views, settings, cutoff).map((g) => ({
            kind: g.kind === 'reliableChange' ? ('band' as const) : ('limit' as const),
            values: g.values,
            label: t(GUIDE_LABEL[g.kind], { value: g.values[0]! }),
          })),
    [items, def, views, cutoff, settings, t],
  );
  const max = items ? def.response.max : def.items.length * def.response.max;
  const marks = useMemo(() => {
    const days = new Set(noteDays);
    for (const v of rows)
      if (v.notes.length || v.rating.goal) days.add(v.rating.administeredAt.slice(0, 10));
    return rows
      .map((v, index) => ({ index, day: v.rating.administeredAt.slice(0, 10) }))
      .filter((m) => days.has(m.day))
      .map((m) => m.index);
  }, [rows, noteDays]);
  const tableId = `trend-table-${def.id}`;
  const totals = useMemo(() => rows.filter((v) => v.total !== null).map((v) => v.total!), [rows]);
  const courseShown = useMemo(
    () => (items ? undefined : courseLine(course, totals, t('course.legend'))),
    [items, course, totals, t],
  );

  return (
    <section class="stack card" aria-labelledby={`trend-${def.id}`}>
      <h2 id={`trend-${def.id}`}>{title}</h2>
      <LazyLineChart
        labels={labels}
        lines={lines}
        max={max}
        guides={guides}
        marks={marks}
        course={courseShown}
        ariaLabel={t('progress.chartLabel', { title })}
      />
      {def.id === 'ors' && <CourseNote course={course} intake={totals[0]} />}
      {marks.length > 0 && (
        <p class="muted chart-note">
          <span class="note-mark" aria-hidden="true">
            ▼
          </span>{' '}
          {t('staff.noteMarks')}
        </p>
      )}
      <div class="actions no-print">
        {def.total && (
          <button
            type="button"
            class="button button--small"
            aria-pressed={items ? 'true' : 'false'}
            onClick={() => setItems(!items)}
          >
            {items ? t('staff.hideItems') : t('staff.showItems')}
          </button>
        )}
        <button
          type="button"
          class="button button--small"
          aria-expanded={table ? 'true' : 'false'}
          aria-controls={tableId}
          onClick={() => setTable(!table)}
        >
          {t('staff.showTable')}
        </button>
      </div>
      <TableScroll label={t('staff.tableCaption', { title })} id={tableId} hidden={!table}>
        <table>
          <caption>{t('staff.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.colDate')}</th>
              {def.items.map((item) => (
                <th scope="col" key={item.id}>
                  {itemText(texts, item.id).label}
                </th>
              ))}
              {def.total && <th scope="col">{t('progress.colTotal')}</th>}
              <th scope="col">{t('staff.colSource')}</th>
              <th scope="col">{t('staff.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.rating.id}>
                <th scope="row">{date(v.rating.administeredAt)}</th>
                {def.items.map((item) => (
                  <td key={item.id}>
                    {v.rating.values[item.id] === undefined
                      ? '–'
                      : number(v.rating.values[item.id]!, decimals)}
                  </td>
                ))}
                {def.total && <td>{v.total === null ? '–' : number(v.total, 1)}</td>}
                <td>{t(`staff.provenance.${v.rating.provenance}`)}</td>
                <td>{[v.rating.goal, ...v.notes].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
