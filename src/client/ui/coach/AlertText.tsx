import type { Alert } from '../../../domain/alerts';
import { useI18n } from '../../i18n';

/** Facts that are counts, shown without decimals. */
const WHOLE = new Set(['sessions', 'after', 'session']);

/** An alert in words, with the numbers that made it fire; `quiet` where a list holds many. */
export function AlertText({ alert, quiet = false }: { alert: Alert; quiet?: boolean }) {
  const { t, number } = useI18n();
  const vars = Object.fromEntries(
    Object.entries(alert.facts).map(([k, v]) => [
      k,
      typeof v === 'number' && !WHOLE.has(k) ? number(v, 1) : v,
    ]),
  );
  return (
    <span class={alert.severity === 'note' || quiet ? 'alert alert--note' : 'alert'}>
      {t(`alert.${alert.id}`, vars)}
    </span>
  );
}
