import type { Figure } from '../../../domain/disclosure/marks';
import type { ReportView } from '../../../domain/disclosure/publish';
import { EXIT_REASONS, GENDERS, REFERRERS } from '../../../shared/participant';
import { AGE_BANDS } from '../../../shared/report';
import { useI18n } from '../../i18n';
import { TableScroll } from '../common/TableScroll';
import { FigureCell, useFigures } from './ShareTable';

interface Column {
  key: string;
  label: string;
}

/** Rows × columns of counts with each row's total at the end, marks kept as marks. */
function CrossTable({
  caption,
  corner,
  rows,
  columns,
  cell,
  rowTotal,
}: {
  caption: string;
  corner: string;
  rows: Column[];
  columns: Column[];
  cell: (row: string, col: string) => Figure | undefined;
  rowTotal: (row: string) => Figure | undefined;
}) {
  const { t } = useI18n();
  const { count } = useFigures();
  return (
    <TableScroll label={caption}>
      <table class="cross-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" class="num">
                {c.label}
              </th>
            ))}
            <th scope="col" class="num">
              {t('report.rowTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {columns.map((c) => {
                const v = cell(r.key, c.key);
                return <FigureCell key={c.key} text={count(v)} value={v ?? null} />;
              })}
              <FigureCell text={count(rowTotal(r.key))} value={rowTotal(r.key) ?? null} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The exits as a steering group's annual report tabulates them: reason × gender, reason ×
 * age band at intake, and per referrer how many reached the team's goal. Outside the team
 * they come for a whole reporting year only, each cell through the same protection.
 */
export function ExitTables({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const { count, pct } = useFigures();
  const { exits } = report;
  const { byReasonAndGender, byAgeBand, byReasonAndAgeBand, byReferrer } = exits;
  if (!byReasonAndGender || !byAgeBand || !byReasonAndAgeBand || !byReferrer)
    return <p class="muted">{t('report.crossYearOnly')}</p>;
  const notGiven = t('report.notGiven');
  const reasons = EXIT_REASONS.map((r) => ({ key: r, label: t(`exitReason.${r}`) }));
  const genders = GENDERS.map((g) => ({
    key: g,
    label: g === 'unknown' ? notGiven : t(`gender.${g}`),
  }));
  // An age band nobody exited from is a column of zeros: left out, and the note says so.
  const bands = AGE_BANDS.filter((b) => byAgeBand[b] !== 0).map((b) => ({
    key: b,
    label: t('report.ageBandLabel', { band: b.replace('-', '–') }),
  }));
  const referrers = ([...REFERRERS, 'unknown'] as const).map((r) => ({
    key: r,
    label: r === 'unknown' ? notGiven : t(`referrer.${r}`),
  }));
  const caption = t('report.exitsByReferrer');
  return (
    <div class="stack">
      <CrossTable
        caption={t('report.exitsByReasonGender')}
        corner={t('staff.exitReason')}
        rows={reasons}
        columns={genders}
        cell={(r, g) => byReasonAndGender[r as 'work']?.[g as 'woman']}
        rowTotal={(r) => exits.byReason[r as 'work']}
      />
      <CrossTable
        caption={t('report.exitsByReasonAge')}
        corner={t('staff.exitReason')}
        rows={reasons}
        columns={bands}
        cell={(r, b) => byReasonAndAgeBand[r as 'work']?.[b as '16-24']}
        rowTotal={(r) => exits.byReason[r as 'work']}
      />
      {bands.length < AGE_BANDS.length && <p class="muted">{t('report.ageBandsEmpty')}</p>}
      <TableScroll label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.referrerColumn')}</th>
              <th scope="col" class="num">
                {t('report.referrerExits')}
              </th>
              <th scope="col" class="num">
                {t('report.referrerGoal')}
              </th>
              <th scope="col" class="num">
                {t('report.referrerGoalShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {referrers.map((r) => {
              const row = byReferrer[r.key];
              return (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <FigureCell text={count(row?.total)} value={row?.total ?? null} />
                  <FigureCell text={count(row?.goalReached)} value={row?.goalReached ?? null} />
                  <FigureCell text={pct(row?.percent)} value={row?.percent ?? null} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
