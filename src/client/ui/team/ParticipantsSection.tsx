import type { ReportView } from '../../../domain/disclosure/publish';
import { GENDERS, REFERRERS, SUPPORT_TYPES } from '../../../shared/participant';
import { useI18n } from '../../i18n';
import { ShareTable, useFigures } from './ShareTable';
import { TableScroll } from '../common/TableScroll';

type SupportYears = NonNullable<ReportView['participants']['yearsInSupport']>;

/** Mean years in public support at intake, in all and by gender, with how many it is over. */
function SupportYearsTable({ years }: { years: SupportYears }) {
  const { t } = useI18n();
  const { fig, count } = useFigures();
  const rows = [
    { key: 'all', label: t('report.allParticipants'), ...years },
    ...GENDERS.map((g) => ({
      key: g,
      label: t(`gender.${g}`),
      ...years.byGender[g],
    })),
  ];
  return (
    <TableScroll label={t('report.yearsInSupport')}>
      <table>
        <caption>{t('report.yearsInSupport')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.gender')}</th>
            <th scope="col" class="num">
              {t('report.yearsInSupport.n')}
            </th>
            <th scope="col" class="num">
              {t('report.yearsInSupport.mean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td class="num">{count(r.n)}</td>
              <td class="num">{fig(r.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{t('report.yearsInSupport.definition')}</p>
    </TableScroll>
  );
}

/** Who was in the programme during the period. */
export function ParticipantsSection({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const { fig, count } = useFigures();
  const p = report.participants;
  const notGiven = t('report.notGiven');
  return (
    <section class="stack card report-section" aria-labelledby="rep-participants">
      <h2 id="rep-participants">{t('report.participants')}</h2>
      <dl class="figures">
        {(
          [
            ['report.total', p.total],
            ['report.activeAtStart', p.activeAtStart],
            ['report.enrolled', p.enrolled],
            ['report.exited', p.exited],
            ['report.activeAtEnd', p.activeAtEnd],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{count(value)}</dd>
          </div>
        ))}
        {p.meanAge !== undefined && (
          <div>
            <dt>{t('report.meanAge')}</dt>
            <dd>{fig(p.meanAge)}</dd>
          </div>
        )}
      </dl>
      {p.byGender && p.byReferrer && p.bySupport ? (
        <div class="report-tables">
          <ShareTable
            caption={t('report.byGender')}
            labelHeader={t('staff.gender')}
            rows={GENDERS.map((g) => ({
              key: g,
              label: g === 'unknown' ? notGiven : t(`gender.${g}`),
              share: p.byGender![g],
            }))}
          />
          <ShareTable
            caption={t('report.byReferrer')}
            labelHeader={t('staff.referrer')}
            rows={([...REFERRERS, 'unknown'] as const).map((r) => ({
              key: r,
              label: r === 'unknown' ? notGiven : t(`referrer.${r}`),
              share: p.byReferrer![r]!,
            }))}
          />
          <ShareTable
            caption={t('report.bySupport')}
            labelHeader={t('staff.support')}
            rows={([...SUPPORT_TYPES, 'unknown'] as const).map((s) => ({
              key: s,
              label: s === 'unknown' ? notGiven : t(`support.${s}`),
              share: p.bySupport![s]!,
            }))}
          />
        </div>
      ) : (
        <p class="muted">{t('report.yearOnly')}</p>
      )}
      {p.yearsInSupport && <SupportYearsTable years={p.yearsInSupport} />}
    </section>
  );
}
