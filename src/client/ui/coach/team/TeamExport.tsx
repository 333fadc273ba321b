import { useI18n } from '../../../i18n';

/**
 * The team's complete data as one archive: no lock-in. A plain download link, so the
 * browser saves the file itself; the server logs the read for every participant.
 */
export function TeamExport() {
  const { t } = useI18n();
  return (
    <section class="stack card" aria-labelledby="export-title">
      <h2 id="export-title">{t('team.exportTitle')}</h2>
      <p>{t('team.exportHelp')}</p>
      <p class="muted">{t('team.exportCare')}</p>
      <div class="actions">
        <a class="button" href="/api/team/export" download>
          {t('team.exportButton')}
        </a>
      </div>
    </section>
  );
}
