import { useState } from 'preact/hooks';
import { licenceSchema, type Licence } from '../../../../shared/team';
import { LicenceFields } from './LicenceFields';
import { useI18n, type MessageKey } from '../../../i18n';
import { staffApi } from '../../../staff/api';
import { SaveActions, SaveNotice, type SaveState } from '../SaveState';

/** The basis on which the team uses the licensed wording: who holds it, what kind, since when. */
export function LicenceForm({
  licence,
  canEdit,
  onSaved,
}: {
  licence: Licence | null;
  canEdit: boolean;
  onSaved(licence: Licence): void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    holder: licence?.holder ?? '',
    kind: licence?.kind ?? 'group',
    date: licence?.date ?? '',
  });
  const [errors, setErrors] = useState<Set<string>>(new Set());
  const [state, setState] = useState<SaveState>('idle');

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = licenceSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(new Set(parsed.error.issues.map((i) => String(i.path[0]))));
      return;
    }
    setErrors(new Set());
    setState('working');
    try {
      await staffApi.saveLicence(parsed.data);
      onSaved(parsed.data);
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  const error = (key: string, message: MessageKey) => (errors.has(key) ? t(message) : null);

  return (
    <form class="stack card" onSubmit={submit} noValidate aria-labelledby="licence-title">
      <h2 id="licence-title">{t('team.licenceTitle')}</h2>
      <p class="muted">{t('team.licenceIntro')}</p>
      <SaveNotice state={state} />
      <fieldset disabled={!canEdit} class="filters">
        <legend class="sr-only">{t('team.licenceTitle')}</legend>
        <LicenceFields
          prefix="lic"
          labels={{
            holder: t('team.licenceHolder'),
            kind: t('team.licenceKind'),
            date: t('team.licenceDate'),
          }}
          value={form}
          onChange={setForm}
          error={(f) => error(f, f === 'holder' ? 'team.required' : 'team.dateError')}
        />
      </fieldset>
      <SaveActions state={state} label={t('team.licenceSave')} show={canEdit} />
    </form>
  );
}
