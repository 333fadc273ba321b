import { StorageError } from '../../storage/errors';
import { useI18n } from '../../i18n';

/** Tells the participant, in plain words, that something was NOT saved and what to do. */
export function StorageErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const kind = error instanceof StorageError ? error.kind : 'unknown';
  const key = kind === 'invalid' ? 'error.unknown' : (`error.${kind}` as const);
  return (
    <div class="notice notice--error" role="alert">
      <p>{t(key)}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
