import { useI18n } from '../../i18n';
import { SubmitButton } from '../common/SubmitButton';

export type SaveState = 'idle' | 'working' | 'saved' | 'failed';

/** "Saved" (status) or "failed" (alert) after a form was sent; nothing before. */
export function SaveNotice({ state, saved }: { state: SaveState; saved?: string }) {
  const { t } = useI18n();
  if (state === 'saved')
    return (
      <p class="notice" role="status">
        {saved ?? t('staff.saved')}
      </p>
    );
  if (state === 'failed')
    return (
      <p class="notice notice--error" role="alert">
        {t('staff.failed')}
      </p>
    );
  return null;
}

/** The form's save button, shown only to those who may change it. */
export function SaveActions({
  state,
  label,
  show = true,
}: {
  state: SaveState;
  label: string;
  show?: boolean;
}) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <div class="actions">
      <SubmitButton working={state === 'working'} label={label} workingLabel={t('app.loading')} />
    </div>
  );
}
