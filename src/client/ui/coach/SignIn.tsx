import { useState } from 'preact/hooks';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';
import { useI18n, type MessageKey } from '../../i18n';
import { staffApi, StaffApiError, type StaffUser } from '../../staff/api';

export function SignIn({ onSignedIn }: { onSignedIn(user: StaffUser): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setWorking(true);
    setError(null);
    try {
      onSignedIn(await staffApi.signIn(email, password));
    } catch (err) {
      const status = err instanceof StaffApiError ? err.status : 0;
      setError(
        status === 401 || status === 400
          ? 'staff.wrongPassword'
          : status === 429
            ? 'staff.rateLimited'
            : status === 0
              ? 'staff.offline'
              : 'staff.failed',
      );
    } finally {
      setWorking(false);
    }
  };

  return (
    <form class="stack" onSubmit={submit}>
      <h1>{t('staff.signInTitle')}</h1>
      {error && (
        <p class="notice notice--error" role="alert">
          {t(error)}
        </p>
      )}
      <Field id="staff-email" label={t('staff.email')}>
        {(a11y) => (
          <input
            {...a11y}
            type="email"
            autoComplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="staff-password" label={t('staff.password')}>
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="actions">
        <SubmitButton
          working={working}
          label={t('staff.signIn')}
          workingLabel={t('staff.signingIn')}
        />
      </div>
    </form>
  );
}
