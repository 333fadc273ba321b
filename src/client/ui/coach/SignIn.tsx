import { useEffect, useState } from 'preact/hooks';
import { Field } from '../common/Field';
import { SubmitButton } from '../common/SubmitButton';
import { useI18n, type MessageKey } from '../../i18n';
import { staffApi, StaffApiError, type StaffUser } from '../../staff/api';
import type { SignInOptions } from '../../../shared/responses/staff';

const SSO_PROBLEMS = ['refused', 'unlinked', 'failed', 'unavailable'] as const;

/**
 * What the single sign-on callback sent back (`/?sso=unlinked#/staff`), read once and taken
 * out of the address so a reload does not show it again.
 */
function ssoProblem(): MessageKey | null {
  const given = new URLSearchParams(location.search).get('sso');
  if (!given) return null;
  history.replaceState(null, '', location.pathname + location.hash);
  const known = SSO_PROBLEMS.find((p) => p === given);
  return known ? `staff.sso.${known}` : null;
}

export function SignIn({ onSignedIn }: { onSignedIn(user: StaffUser): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<MessageKey | null>(ssoProblem);
  // Until the server says otherwise (or when it cannot be asked), offer the password form.
  const [options, setOptions] = useState<SignInOptions>({ password: true, sso: null });
  useEffect(() => {
    staffApi.signInOptions().then(setOptions, () => undefined);
  }, []);

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
    <div class="stack">
      <h1>{t('staff.signInTitle')}</h1>
      {error && (
        <p class="notice notice--error" role="alert">
          {t(error)}
        </p>
      )}
      {options.sso && (
        <div class="actions">
          {/* A plain link: the browser itself goes to the identity provider and back. */}
          <a class="button" href="/api/auth/oidc/start">
            {options.sso.label ?? t('staff.signInWithSso')}
          </a>
        </div>
      )}
      {options.password && (
        <form
          class="stack"
          onSubmit={submit}
          aria-labelledby={options.sso ? 'pw-heading' : undefined}
        >
          {options.sso && <h2 id="pw-heading">{t('staff.orPassword')}</h2>}
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
      )}
    </div>
  );
}
