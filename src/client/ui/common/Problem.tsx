import { useI18n, type MessageKey } from '../../i18n';
import { StaffApiError } from '../../staff/api';

/** The words for what went wrong talking to the server, by the error's code. */
export function problemKey(error: unknown): MessageKey {
  if (!(error instanceof StaffApiError)) return 'staff.failed';
  if (error.code === 'offline') return 'staff.offline';
  if (error.code === 'unexpected_response') return 'staff.unexpected';
  if (error.status === 403 || error.status === 404) return 'staff.notYours';
  if (error.status === 401) return 'staff.signedOut';
  return 'staff.failed';
}

/** A failure said plainly, where the screen would otherwise show nothing or stale data. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p class="notice notice--error" role="alert">
      {t(problemKey(error))}
    </p>
  );
}
