import { useState } from 'preact/hooks';
import { localToday } from '../../localDate';
import { GENDERS, REFERRERS, SUPPORT_TYPES } from '../../../shared/participant';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';

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
    try {
      const p = await staffApi.createParticipant(input);
      location.hash = `#/staff/p/${p.id}`;
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  };

  const select = <V extends string>(
    key: 'gender' | 'referrer' | 'support',
    values: readonly V[],
    label: (value: V) => string,
    optional: boolean,
  ) => (
    <select id={`np-${key}`} value={form[key]} onChange={set(key)}>
      {optional && <option value="">{t('staff.notGiven')}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );

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
          <label for="np-gender">{t('staff.gender')}</label>
          {select('gender', GENDERS, (g) => t(`gender.${g}`), false)}
        </div>
        <div class="field">
          <label for="np-year">{t('staff.birthYear')}</label>
          <input
            id="np-year"
            type="text"
            inputMode="numeric"
            required
            maxLength={4}
            value={form.birthYear}
            onInput={set('birthYear')}
          />
        </div>
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
        <div class="field">
          <label for="np-referrer">{t('staff.referrer')}</label>
          {select('referrer', REFERRERS, (r) => t(`referrer.${r}`), true)}
        </div>
        <div class="field">
          <label for="np-support">{t('staff.support')}</label>
          {select('support', SUPPORT_TYPES, (s) => t(`support.${s}`), true)}
        </div>
      </div>
      <div class="actions">
        <SubmitButton working={working} label={t('staff.create')} workingLabel={t('app.loading')} />
      </div>
    </form>
  );
}
