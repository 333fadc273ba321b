import { useI18n } from '../../i18n';

/** Offers a new version; while a form is half filled, it waits rather than reload it away. */
export function UpdatePrompt({
  busy,
  onApply,
  onLater,
}: {
  busy: boolean;
  onApply(): void;
  onLater(): void;
}) {
  const { t } = useI18n();
  return (
    <div class="notice notice--info" role="status">
      <p>{t('update.available')}</p>
      {busy ? (
        <p class="muted">{t('update.waitForm')}</p>
      ) : (
        <div class="actions">
          <button type="button" class="button button--primary" onClick={onApply}>
            {t('update.now')}
          </button>
          <button type="button" class="button" onClick={onLater}>
            {t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Said once, when the first install has finished: from now on no network is needed. */
export function OfflineReady({ onDismiss }: { onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <div class="notice notice--info offline-ready" role="status">
      <p>{t('offline.ready')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={onDismiss}>
          {t('ios.dismiss')}
        </button>
      </div>
    </div>
  );
}
