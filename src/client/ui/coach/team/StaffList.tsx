import { useEffect, useState } from 'preact/hooks';
import { newUserSchema, PASSWORD_MIN_LENGTH } from '../../../../shared/staff';
import { useI18n, type MessageKey } from '../../../i18n';
import { staffApi, StaffApiError, type StaffMember } from '../../../staff/api';
import { Field } from '../../common/Field';
import { SubmitButton } from '../../common/SubmitButton';
import { TableScroll } from '../../common/TableScroll';
import { IdentityLink } from './IdentityLink';

/** The team's staff accounts; a team admin adds coaches (and other admins) here. */
export function StaffList() {
  const { t, date } = useI18n();
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [form, setForm] = useState({ email: '', role: 'coach', password: '' });
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [state, setState] = useState<'idle' | 'working' | 'saved'>('idle');
  // The identity column and linking appear only where single sign-on is set up.
  const [sso, setSso] = useState(false);
  const load = () => staffApi.users().then(setStaff, () => setProblem('staff.failed'));
  useEffect(() => {
    void load();
    staffApi.signInOptions().then(
      (o) => setSso(!!o.sso),
      () => undefined,
    );
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    // The schema the server uses: the first wrong field is named before anything is sent.
    const parsed = newUserSchema.safeParse(form);
    if (!parsed.success)
      return setProblem(
        parsed.error.issues[0]!.path[0] === 'password'
          ? 'team.staffPasswordError'
          : 'team.staffEmailError',
      );
    setProblem(null);
    setState('working');
    try {
      await staffApi.createUser(parsed.data);
      setForm({ email: '', role: 'coach', password: '' });
      setState('saved');
      void load();
    } catch (error) {
      setProblem(
        error instanceof StaffApiError && error.status === 409
          ? 'team.staffExists'
          : error instanceof StaffApiError && error.details.some((d) => d.path === 'password')
            ? 'team.staffPasswordWeak'
            : 'staff.failed',
      );
      setState('idle');
    }
  };

  return (
    <section class="stack card" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('team.staffTitle')}</h2>
      {staff && (
        <TableScroll label={t('team.staffTable')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('team.staffEmail')}</th>
                <th scope="col">{t('team.staffRole')}</th>
                <th scope="col">{t('team.staffSince')}</th>
                {sso && <th scope="col">{t('team.identity')}</th>}
              </tr>
            </thead>
            <tbody>
              {staff.map((u) => (
                <tr key={u.id}>
                  <td>{u.email}</td>
                  <td>{t(`team.role.${u.role}`)}</td>
                  <td>{date(u.createdAt)}</td>
                  {sso && <td class="identity">{u.identity ?? t('team.identityNone')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {sso && staff && staff.length > 0 && <IdentityLink staff={staff} onLinked={load} />}
      <form class="stack" onSubmit={submit} noValidate aria-labelledby="staff-add-title">
        <h3 id="staff-add-title">{t('team.staffAdd')}</h3>
        {problem && (
          <p class="notice notice--error" role="alert">
            {t(problem, { min: PASSWORD_MIN_LENGTH })}
          </p>
        )}
        {state === 'saved' && (
          <p class="notice" role="status">
            {t('team.staffAdded')}
          </p>
        )}
        <div class="filters">
          <Field id="staff-email" label={t('team.staffEmail')}>
            {(a11y) => (
              <input
                {...a11y}
                type="email"
                autocomplete="off"
                value={form.email}
                onInput={(e) => setForm({ ...form, email: e.currentTarget.value })}
              />
            )}
          </Field>
          <Field id="staff-role" label={t('team.staffRole')}>
            {(a11y) => (
              <select
                {...a11y}
                value={form.role}
                onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}
              >
                <option value="coach">{t('team.role.coach')}</option>
                <option value="admin">{t('team.role.admin')}</option>
              </select>
            )}
          </Field>
          <Field
            id="staff-password"
            label={t('team.staffPassword')}
            hint={t('team.staffPassword.hint', { min: PASSWORD_MIN_LENGTH })}
          >
            {(a11y) => (
              <input
                {...a11y}
                type="password"
                autocomplete="new-password"
                value={form.password}
                onInput={(e) => setForm({ ...form, password: e.currentTarget.value })}
              />
            )}
          </Field>
        </div>
        <div class="actions">
          <SubmitButton
            working={state === 'working'}
            label={t('team.staffAdd')}
            workingLabel={t('app.loading')}
          />
        </div>
      </form>
    </section>
  );
}
