import type { Share } from '../../../domain/report/statistics';
import { TableScroll } from '../common/TableScroll';
import { useI18n } from '../../i18n';

/** Numbers as the report shows them: one decimal, a dash where there is nothing to show. */
export function useFigures() {
  const { number } = useI18n();
  const fig = (v: number | null | undefined, decimals = 1) =>
    v === null || v === undefined ? '–' : number(v, decimals);
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : `${fig(v)} %`;
  return { fig, pct };
}

/** A breakdown as a table: label, count, share. Every chart in the report has one like it. */
export function ShareTable({
  caption,
  rows,
  labelHeader,
}: {
  caption: string;
  labelHeader: string;
  rows: { key: string; label: string; share: Share }[];
}) {
  const { t } = useI18n();
  const { pct } = useFigures();
  return (
    <TableScroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" class="num">
              {t('report.count')}
            </th>
            <th scope="col" class="num">
              {t('report.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td class="num">{r.share.count}</td>
              <td class="num">{pct(r.share.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
