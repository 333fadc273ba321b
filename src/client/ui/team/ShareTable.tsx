import type { Figure, Mark } from '../../../domain/disclosure/marks';
import { isMark } from '../../../domain/disclosure/marks';
import type { PublicShare } from '../../../domain/disclosure/publish';
import { TableScroll } from '../common/TableScroll';
import { useI18n } from '../../i18n';

type Shown = Figure | undefined;

/**
 * Figures as the report shows them: one decimal, a dash where there is nothing to show, and
 * a mark (`<5`, `..`) as it is: outside the team a hidden figure has no number.
 */
export function useFigures() {
  const { number } = useI18n();
  const fig = (v: Shown, decimals = 1) =>
    v === null || v === undefined ? '–' : isMark(v) ? v : number(v, decimals);
  const pct = (v: Shown) => (typeof v === 'number' ? `${fig(v)} %` : fig(v));
  const count = (v: Shown) => fig(v, 0);
  return { fig, pct, count };
}

/** A figure in a table cell; a mark also says in words what it means, for screen readers. */
export function FigureCell({ text, value }: { text: string; value: Shown }) {
  const { t } = useI18n();
  if (!isMark(value)) return <td class="num">{text}</td>;
  return (
    <td class="num">
      <span aria-hidden="true">{value}</span>
      <span class="sr-only">{t(MARK_WORDS[value])}</span>
    </td>
  );
}
const MARK_WORDS: Record<Mark, 'report.mark.few' | 'report.mark.protected'> = {
  '<5': 'report.mark.few',
  '..': 'report.mark.protected',
};

/** A breakdown as a table: label, count, share. Every chart in the report has one like it. */
export function ShareTable({
  caption,
  rows,
  labelHeader,
}: {
  caption: string;
  labelHeader: string;
  rows: { key: string; label: string; share: PublicShare }[];
}) {
  const { t } = useI18n();
  const { pct, count } = useFigures();
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
              <FigureCell text={count(r.share.count)} value={r.share.count} />
              <FigureCell text={pct(r.share.percent)} value={r.share.percent} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
