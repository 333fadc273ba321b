import { ALERT_IDS, type Alert, type AlertId } from '../../../shared/responses/participants';
import { useI18n } from '../../i18n';
import type { ParticipantRow } from '../../staff/api';
import { AlertText } from './AlertText';
import { participantLabel } from './participantLabel';

/**
 * The team home's open alerts, counted per rule: a short list to start the week from, with
 * the participants behind each count one click away (not a wall of red sentences).
 */
export function AlertSummary({ rows }: { rows: readonly ParticipantRow[] }) {
  const { t } = useI18n();
  const byRule = new Map<AlertId, { p: ParticipantRow; alert: Alert }[]>();
  for (const p of rows) {
    if (p.exitDate) continue;
    for (const a of p.summary?.alerts ?? []) {
      if (a.severity !== 'alert') continue;
      const list = byRule.get(a.id) ?? [];
      list.push({ p, alert: a });
      byRule.set(a.id, list);
    }
  }
  const rules = ALERT_IDS.filter((id) => byRule.has(id));
  return (
    <section class="stack card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('staff.alertsTitle')}</h2>
      {rules.length === 0 ? (
        <p>{t('staff.noAlerts')}</p>
      ) : (
        <>
          <p class="muted">{t('alerts.homeLead')}</p>
          <ul class="rule-list">
            {rules.map((id) => {
              const people = byRule.get(id)!;
              return (
                <li key={id}>
                  <details>
                    <summary>
                      <span class="rule-name">{t(`alertRule.${id}`)}</span>{' '}
                      <span class="count">{t('alerts.homeCount', { count: people.length })}</span>
                    </summary>
                    <ul class="rule-people">
                      {people.map(({ p, alert }) => (
                        <li key={p.id}>
                          <a href={`#/staff/p/${p.id}`}>{participantLabel(p)}</a>{' '}
                          <AlertText alert={alert} quiet />
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
