import type { Audience } from '../../../shared/report';
import { useI18n } from '../../i18n';

/** Who the report is for: the steering group (protected figures) or the team itself. */
export function AudienceChoice({
  value,
  onChange,
}: {
  value: Audience;
  onChange(audience: Audience): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="stack audience">
      <legend>{t('report.audience')}</legend>
      {(['steering', 'team'] as const).map((a) => (
        <label key={a} class="audience-option">
          <input
            type="radio"
            name="report-audience"
            value={a}
            checked={value === a}
            onChange={() => onChange(a)}
          />
          <span>
            <strong>{t(`report.audience.${a}`)}</strong>
            <span class="muted"> {t(`report.audience.${a}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
