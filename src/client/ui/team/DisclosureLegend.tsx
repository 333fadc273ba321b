import { useI18n } from '../../i18n';

/**
 * What the marks mean and the rule behind them, on screen and in print, in words a steering
 * group can read.
 */
export function DisclosureLegend() {
  const { t } = useI18n();
  return (
    <section class="card stack report-section disclosure" aria-labelledby="rep-disclosure">
      <h2 id="rep-disclosure">{t('report.disclosure.title')}</h2>
      <p>{t('report.disclosure.rule')}</p>
      <dl class="legend">
        <div>
          <dt>&lt;5</dt>
          <dd>{t('report.mark.few')}</dd>
        </div>
        <div>
          <dt>..</dt>
          <dd>{t('report.mark.protected')}</dd>
        </div>
        <div>
          <dt>–</dt>
          <dd>{t('report.mark.none')}</dd>
        </div>
      </dl>
    </section>
  );
}
