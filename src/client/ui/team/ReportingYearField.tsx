import { useI18n } from '../../i18n';
import { Field } from '../common/Field';

import type { YearStart } from '../../../domain/report/reportingYear';
export type { YearStart };

/**
 * When the reporting year starts. Reports for the steering group and the organisation cover
 * that year or one of its halves, never any two dates (two reports a day apart would give
 * one person's exit away).
 */
export function ReportingYearField({
  value,
  disabled,
  onChange,
}: {
  value: YearStart;
  disabled?: boolean;
  onChange(value: YearStart): void;
}) {
  const { t } = useI18n();
  return (
    <Field
      id="reporting-year-start"
      label={t('report.yearStart')}
      hint={t('report.yearStart.hint')}
    >
      {(a11y) => (
        <select
          {...a11y}
          disabled={disabled}
          value={String(value)}
          onChange={(e) => onChange(Number(e.currentTarget.value) as YearStart)}
        >
          <option value="1">{t('report.yearStart.1')}</option>
          <option value="7">{t('report.yearStart.7')}</option>
        </select>
      )}
    </Field>
  );
}
