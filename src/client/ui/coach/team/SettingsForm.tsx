import { useState } from 'preact/hooks';
import { EXIT_REASONS, type ExitReason } from '../../../../shared/participant';
import { teamSettingsSchema, type TeamSettings } from '../../../../shared/team';
import { useI18n } from '../../../i18n';
import { staffApi } from '../../../staff/api';
import { Field } from '../../common/Field';
import { GoalDefinition } from './GoalDefinition';
import { ReportingYearField } from '../../team/ReportingYearField';
import { SaveActions, SaveNotice, type SaveState } from '../SaveState';

type NumberKey = Exclude<
  keyof TeamSettings,
  | 'goalExitReasons'
  | 'dropoutsInDenominator'
  | 'reportingYearStart'
  | 'retentionMonths'
  | 'contact'
  | 'languages'
  | 'followUpMonths'
  | 'statusLadder'
>;

/** The number fields, their range (as the shared schema has it) and their hint. */
const NUMBERS: { key: NumberKey; min: number; max: number; step: number }[] = [
  { key: 'orsCutoffAdult', min: 0, max: 40, step: 0.1 },
  { key: 'orsCutoffYouth', min: 0, max: 40, step: 0.1 },
  { key: 'srsTotalThreshold', min: 0, max: 40, step: 0.1 },
  { key: 'srsItemThreshold', min: 0, max: 10, step: 0.1 },
  { key: 'gsrsThreshold', min: 0, max: 40, step: 0.1 },
  { key: 'noImprovementSessions', min: 2, max: 52, step: 1 },
  { key: 'srsDropPoints', min: 0.5, max: 20, step: 0.1 },
  { key: 'orsDropPoints', min: 1, max: 20, step: 0.1 },
  { key: 'notRatedWeeks', min: 1, max: 26, step: 1 },
];

/**
 * The team's thresholds and goal definition. Everyone sees them (they explain the alerts
 * and the report); only an admin can change them.
 */
export function SettingsForm({
  settings,
  canEdit,
  onSaved,
}: {
  settings: TeamSettings;
  canEdit: boolean;
  onSaved(settings: TeamSettings): void;
}) {
  const { t, number } = useI18n();
  const [numbers, setNumbers] = useState(() =>
    Object.fromEntries(NUMBERS.map(({ key }) => [key, String(settings[key])])),
  );
  const [goals, setGoals] = useState<ExitReason[]>(settings.goalExitReasons);
  const [dropouts, setDropouts] = useState(settings.dropoutsInDenominator);
  const [yearStart, setYearStart] = useState(settings.reportingYearStart);
  const [contact, setContact] = useState(settings.contact);
  const [errors, setErrors] = useState<Set<string>>(new Set());
  const [state, setState] = useState<SaveState>('idle');

  const submit = async (e: Event) => {
    e.preventDefault();
    const candidate = {
      ...Object.fromEntries(
        NUMBERS.map(({ key }) => [key, Number(numbers[key]!.replace(',', '.') || NaN)]),
      ),
      goalExitReasons: EXIT_REASONS.filter((r) => goals.includes(r)),
      dropoutsInDenominator: dropouts,
      reportingYearStart: yearStart,
      // Set in their own sections (Gallring, Språk, Steg mot arbete); kept as they are here.
      retentionMonths: settings.retentionMonths,
      languages: settings.languages,
      followUpMonths: settings.followUpMonths,
      statusLadder: settings.statusLadder,
      contact: contact.trim(),
    };
    // The same schema as the server's: a wrong value is named here, before anything is sent.
    const parsed = teamSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(new Set(parsed.error.issues.map((i) => String(i.path[0]))));
      setState('idle');
      return;
    }
    setErrors(new Set());
    setState('working');
    try {
      onSaved(await staffApi.updateSettings(parsed.data));
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <form class="stack card" onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">{t('team.settingsTitle')}</h2>
      {!canEdit && <p class="muted">{t('team.adminOnly')}</p>}
      <SaveNotice state={state} />
      <fieldset disabled={!canEdit} class="stack">
        <legend>{t('team.thresholds')}</legend>
        <div class="filters">
          {NUMBERS.map(({ key, min, max, step }) => (
            <Field
              key={key}
              id={`set-${key}`}
              label={t(`team.${key}`)}
              hint={t(`team.${key}.hint`)}
              error={
                errors.has(key)
                  ? t('team.range', { min: number(min, min % 1 ? 1 : 0), max: number(max, 0) })
                  : null
              }
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type="number"
                  inputMode="decimal"
                  min={min}
                  max={max}
                  step={step}
                  value={numbers[key]}
                  onInput={(e) => setNumbers({ ...numbers, [key]: e.currentTarget.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <GoalDefinition
        goals={goals}
        dropouts={dropouts}
        disabled={!canEdit}
        invalid={errors.has('goalExitReasons')}
        onGoals={setGoals}
        onDropouts={setDropouts}
      />
      <ReportingYearField value={yearStart} disabled={!canEdit} onChange={setYearStart} />
      <Field
        id="set-contact"
        label={t('team.contact')}
        hint={t('team.contact.hint')}
        error={errors.has('contact') ? t('team.contact.tooLong') : null}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            rows={4}
            maxLength={500}
            disabled={!canEdit}
            value={contact}
            onInput={(e) => setContact(e.currentTarget.value)}
          />
        )}
      </Field>
      <SaveActions state={state} label={t('staff.save')} show={canEdit} />
    </form>
  );
}
