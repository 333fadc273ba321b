import { useState } from 'preact/hooks';
import {
  DEFAULT_LADDER,
  FOLLOW_UP_CHOICES,
  LABOUR_STATUSES,
  type FollowUpMonths,
  type LabourStatus,
} from '../../../../shared/labourStatus';
import { teamSettingsSchema, type TeamSettings } from '../../../../shared/team';
import { useI18n } from '../../../i18n';
import { staffApi } from '../../../staff/api';
import { SaveActions, SaveNotice, type SaveState } from '../SaveState';

/**
 * The team's follow-ups after exit (which months) and its ladder of labour-market statuses:
 * the step of each, higher is closer to work; a move up is a step in the report.
 */
export function StepsSettings({
  settings,
  canEdit,
  onSaved,
}: {
  settings: TeamSettings;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [months, setMonths] = useState<FollowUpMonths[]>([...settings.followUpMonths]);
  const [ladder, setLadder] = useState(() =>
    Object.fromEntries(LABOUR_STATUSES.map((s) => [s, String(settings.statusLadder[s])])),
  );
  const [state, setState] = useState<SaveState>('idle');
  const [invalid, setInvalid] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    const change = {
      followUpMonths: FOLLOW_UP_CHOICES.filter((m) => months.includes(m)),
      statusLadder: Object.fromEntries(
        LABOUR_STATUSES.map((s) => [s, Number(ladder[s])]),
      ) as Record<LabourStatus, number>,
    };
    const ok =
      teamSettingsSchema.shape.followUpMonths.safeParse(change.followUpMonths).success &&
      teamSettingsSchema.shape.statusLadder.safeParse(change.statusLadder).success;
    setInvalid(!ok);
    if (!ok) return;
    setState('working');
    try {
      await staffApi.updateSettings(change);
      setState('saved');
      onSaved();
    } catch {
      setState('failed');
    }
  };
  return (
    <form class="stack card" onSubmit={save} noValidate aria-labelledby="steps-settings-title">
      <h2 id="steps-settings-title">{t('steps.settingsTitle')}</h2>
      <p class="muted">{t('steps.settingsLead')}</p>
      <SaveNotice state={state} />
      {invalid && (
        <p class="field-error" role="alert">
          {t('steps.settingsInvalid')}
        </p>
      )}
      <fieldset disabled={!canEdit} class="stack">
        <legend>{t('steps.settingsMonths')}</legend>
        <div class="filters">
          {FOLLOW_UP_CHOICES.map((m) => (
            <label key={m} class="check">
              <input
                type="checkbox"
                checked={months.includes(m)}
                onChange={(e) =>
                  setMonths(
                    e.currentTarget.checked ? [...months, m] : months.filter((x) => x !== m),
                  )
                }
              />{' '}
              {t('steps.settingsMonth', { months: m })}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={!canEdit} class="stack">
        <legend>{t('steps.settingsLadder')}</legend>
        <div class="filters">
          {LABOUR_STATUSES.map((s: LabourStatus) => (
            <div key={s} class="field">
              <label for={`ladder-${s}`}>
                {t('steps.ladderLabel', { status: t(`labourStatus.${s}`) })}
              </label>
              <input
                id={`ladder-${s}`}
                type="number"
                min={1}
                max={10}
                step={1}
                inputMode="numeric"
                value={ladder[s]}
                onInput={(e) => setLadder({ ...ladder, [s]: e.currentTarget.value })}
              />
            </div>
          ))}
        </div>
        <p class="muted">
          {t('steps.settingsDefault', {
            ladder: LABOUR_STATUSES.map(
              (s) => `${t(`labourStatus.${s}`)} ${DEFAULT_LADDER[s]}`,
            ).join(', '),
          })}
        </p>
      </fieldset>
      <SaveActions state={state} label={t('steps.save')} show={canEdit} />
    </form>
  );
}
