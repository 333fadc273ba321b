import { GENDERS, REFERRERS, SUPPORT_TYPES } from '../../../shared/participant';
import { useI18n } from '../../i18n';
import { Field } from '../common/Field';

/** The intake facts the reports need, as typed: strings, '' for "not given". */
export interface IntakeValues {
  gender: string;
  birthYear: string;
  referrer: string;
  support: string;
  yearsInSupport: string;
}

export const intakeValuesOf = (p: {
  gender: string;
  birthYear: number;
  referrer?: string | null;
  support?: string | null;
  yearsInSupport?: number | null;
}): IntakeValues => ({
  gender: p.gender,
  birthYear: String(p.birthYear),
  referrer: p.referrer ?? '',
  support: p.support ?? '',
  yearsInSupport: p.yearsInSupport == null ? '' : String(p.yearsInSupport).replace('.', ','),
});

/** "5,5" and "5.5" alike; '' is null (not given); anything else NaN, for the schema to refuse. */
export function parseYears(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  return /^\d{1,2}([.,]\d)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
}

/**
 * Gender, birth year, referrer, support and years in public support: the same fields at
 * enrolment and when intake data is corrected later.
 */
export function IntakeFields({
  prefix,
  values,
  onChange,
}: {
  prefix: string;
  values: IntakeValues;
  onChange(key: keyof IntakeValues, value: string): void;
}) {
  const { t } = useI18n();
  const select = <V extends string>(
    key: 'gender' | 'referrer' | 'support',
    options: readonly V[],
    label: (value: V) => string,
    optional: boolean,
  ) => (
    <select
      id={`${prefix}-${key}`}
      value={values[key]}
      onChange={(e) => onChange(key, e.currentTarget.value)}
    >
      {optional && <option value="">{t('staff.notGiven')}</option>}
      {options.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <div class="field">
        <label for={`${prefix}-gender`}>{t('staff.gender')}</label>
        {select('gender', GENDERS, (g) => t(`gender.${g}`), false)}
      </div>
      <div class="field">
        <label for={`${prefix}-year`}>{t('staff.birthYear')}</label>
        <input
          id={`${prefix}-year`}
          type="text"
          inputMode="numeric"
          required
          maxLength={4}
          value={values.birthYear}
          onInput={(e) => onChange('birthYear', e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${prefix}-referrer`}>{t('staff.referrer')}</label>
        {select('referrer', REFERRERS, (r) => t(`referrer.${r}`), true)}
      </div>
      <div class="field">
        <label for={`${prefix}-support`}>{t('staff.support')}</label>
        {select('support', SUPPORT_TYPES, (s) => t(`support.${s}`), true)}
      </div>
      <Field
        id={`${prefix}-years`}
        label={t('staff.yearsInSupport')}
        hint={t('staff.yearsInSupport.hint')}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            inputMode="decimal"
            maxLength={4}
            value={values.yearsInSupport}
            onInput={(e) => onChange('yearsInSupport', e.currentTarget.value)}
          />
        )}
      </Field>
    </>
  );
}
