import { useI18n } from '../../i18n';

/** A note is the participant's own unless they tick this; off by default. */
export function ShareWithCoach({
  id,
  checked,
  onChange,
}: {
  id: string;
  checked: boolean;
  onChange(shared: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <label class="check" for={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {t('note.share')}
    </label>
  );
}
