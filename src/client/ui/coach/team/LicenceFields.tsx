import { LICENCE_KINDS, type Licence } from '../../../../shared/team';
import { useI18n } from '../../../i18n';
import { Field } from '../../common/Field';

/**
 * Who holds a licence, what kind, since when: the fields of the team's wording licence and of
 * a questionnaire pack's basis alike, each with its own labels.
 */
export function LicenceFields({
  prefix,
  labels,
  value,
  onChange,
  error = () => null,
}: {
  prefix: string;
  labels: { holder: string; kind: string; date: string };
  value: Licence;
  onChange(licence: Licence): void;
  error?: (field: 'holder' | 'date') => string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field id={`${prefix}-holder`} label={labels.holder} error={error('holder')}>
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            maxLength={200}
            value={value.holder}
            onInput={(e) => onChange({ ...value, holder: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id={`${prefix}-kind`} label={labels.kind}>
        {(a11y) => (
          <select
            {...a11y}
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.currentTarget.value as Licence['kind'] })}
          >
            {LICENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`team.licenceKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-date`} label={labels.date} error={error('date')}>
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            value={value.date}
            onInput={(e) => onChange({ ...value, date: e.currentTarget.value })}
          />
        )}
      </Field>
    </>
  );
}
