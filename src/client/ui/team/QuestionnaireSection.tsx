import type { QuestionnaireTable } from '../../../shared/questionnaire';
import { useI18n } from '../../i18n';
import { packText } from '../../packText';
import { TableScroll } from '../common/TableScroll';
import { useFigures } from './ShareTable';

/**
 * The team's questionnaires, per question: how many chose each answer, in the pack's own
 * words. For the team only: outside the team these answers are not shown.
 */
export function QuestionnaireSection({ tables }: { tables: readonly QuestionnaireTable[] }) {
  const { t, lang } = useI18n();
  const { count, pct } = useFigures();
  if (tables.length === 0) return null;
  return (
    <section class="stack card report-section" aria-labelledby="rep-questionnaires">
      <h2 id="rep-questionnaires">{t('report.q.title')}</h2>
      <p class="muted">{t('report.q.lead')}</p>
      {tables.map((table) => (
        <div key={table.packId} class="stack">
          <h3>
            {packText(table.title, lang)}{' '}
            <span class="muted">{t('report.q.answers', { n: table.answers })}</span>
          </h3>
          {table.questions.map((q) => {
            const caption = packText(q.text, lang);
            return (
              <TableScroll key={q.id} label={caption}>
                <table>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.q.answer')}</th>
                      <th scope="col" class="num">
                        {t('report.count')}
                      </th>
                      <th scope="col" class="num">
                        {t('report.share')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.options.map((o) => (
                      <tr key={o.value}>
                        <th scope="row">{packText(o.label, lang)}</th>
                        <td class="num">{count(o.count)}</td>
                        <td class="num">{pct(q.n ? (o.count / q.n) * 100 : null)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            );
          })}
        </div>
      ))}
    </section>
  );
}
