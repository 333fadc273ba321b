import { useState } from 'preact/hooks';
import { localToday } from '../../localDate';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';
import { IntakeFields, parseYears } from './IntakeFields';

/** Enrolment: a pseudonymous code and only what the reports need. */
export function NewParticipant() {
  const { t } = useI18n();
  const [form, setForm] = useState({
    code: '',
    displayName: '',
    gender: 'unknown',
    birthYear: '',
    intakeDate: localToday(),
    referrer: '',
    support: '',
    yearsInSupport: '',
  });
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (key: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setWorking(true);
    setFailed(false);
    const input: Record<string, unknown> = {
      code: form.code.trim(),
      gender: form.gender,
      birthYear: Number(form.birthYear),
      intakeDate: form.intakeDate,
    };
    if (form.displayName.trim()) input.displayName = form.displayName.trim();
    if (form.referrer) input.referrer = form.referrer;
    if (form.support) input.support = form.support;
    const years = parseYears(form.yearsInSupport);
    if (years !== null) input.yearsInSupport = years;
    try {
      const p = await staffApi.createParticipant(input);
      location.hash = `#/staff/p/${p.id}`;
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  };

  return (
    <form class="stack" onSubmit={submit}>
      <a href="#/staff">{t('staff.back')}</a>
      <h1>{t('staff.newParticipant')}</h1>
      {failed && (
        <p class="notice notice--error" role="alert">
          {t('staff.createFailed')}
        </p>
      )}
      <Field id="np-code" label={t('staff.code')} hint={t('staff.codeHint')}>
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            required
            maxLength={32}
            value={form.code}
            onInput={set('code')}
          />
        )}
      </Field>
      <Field id="np-name" label={t('staff.displayName')}>
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            maxLength={60}
            value={form.displayName}
            onInput={set('displayName')}
          />
        )}
      </Field>
      <div class="filters">
        <div class="field">
          <label for="np-intake">{t('staff.intakeDate')}</label>
          <input
            id="np-intake"
            type="date"
            required
            value={form.intakeDate}
            onInput={set('intakeDate')}
          />
        </div>
        <IntakeFields
          prefix="np"
          values={form}
          onChange={(key, value) => setForm({ ...form, [key]: value })}
        />
      </div>
      <div class="actions">
        <SubmitButton working={working} label={t('staff.create')} workingLabel={t('app.loading')} />
      </div>
    </form>
  );
}
