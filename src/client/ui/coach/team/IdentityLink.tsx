import { useState } from 'preact/hooks';
import { identityLinkSchema } from '../../../../shared/staff';
import { useI18n, type MessageKey } from '../../../i18n';
import { staffApi, StaffApiError, type StaffMember } from '../../../staff/api';
import { Field } from '../../common/Field';
import { SubmitButton } from '../../common/SubmitButton';

/**
 * Where single sign-on is on, the team admin links a staff account to the person's
 * identity at the identity provider (e.g. their Entra object id or HSA-id). Signing in
 * there lets nobody in who is not linked here.
 */
export function IdentityLink({ staff, onLinked }: { staff: StaffMember[]; onLinked(): void }) {
  const { t } = useI18n();
  const [userId, setUserId] = useState(staff[0]?.id ?? '');
  const [identity, setIdentity] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [state, setState] = useState<'idle' | 'working' | 'saved'>('idle');

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = identityLinkSchema.safeParse({ identity: identity.trim() || null });
    if (!parsed.success || !userId) return setProblem('team.identityError');
    setProblem(null);
    setState('working');
    try {
      await staffApi.linkIdentity(userId, parsed.data.identity);
      setIdentity('');
      setState('saved');
      onLinked();
    } catch (error) {
      setProblem(
        error instanceof StaffApiError && error.status === 409
          ? 'team.identityTaken'
          : 'staff.failed',
      );
      setState('idle');
    }
  };

  return (
    <form class="stack" onSubmit={submit} noValidate aria-labelledby="identity-title">
      <h3 id="identity-title">{t('team.identityTitle')}</h3>
      <p class="muted">{t('team.identityHelp')}</p>
      {problem && (
        <p class="notice notice--error" role="alert">
          {t(problem)}
        </p>
      )}
      {state === 'saved' && (
        <p class="notice" role="status">
          {t('team.identitySaved')}
        </p>
      )}
      <div class="filters">
        <Field id="identity-user" label={t('team.identityUser')}>
          {(a11y) => (
            <select {...a11y} value={userId} onChange={(e) => setUserId(e.currentTarget.value)}>
              {staff.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="identity-value" label={t('team.identity')} hint={t('team.identityHint')}>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={identity}
              onInput={(e) => setIdentity(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="actions">
        <SubmitButton
          working={state === 'working'}
          label={t('team.identityLink')}
          workingLabel={t('app.loading')}
        />
      </div>
    </form>
  );
}
