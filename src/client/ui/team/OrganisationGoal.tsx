import { useEffect, useState } from 'preact/hooks';
import { EXIT_REASONS, type ExitReason } from '../../../shared/participant';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { GoalDefinition } from '../coach/team/GoalDefinition';
import { SaveActions, SaveNotice, type SaveState } from '../coach/SaveState';
import { ReportingYearField, type YearStart } from './ReportingYearField';

/** The organisation's own definition of "goal reached", used for its total only. */
export function OrganisationGoal({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const [goals, setGoals] = useState<ExitReason[] | null>(null);
  const [dropouts, setDropouts] = useState(true);
  const [yearStart, setYearStart] = useState<YearStart>(1);
  const [invalid, setInvalid] = useState(false);
  const [state, setState] = useState<SaveState>('idle');
  useEffect(() => {
    staffApi.organisationSettings().then(
      (s) => (
        setGoals(s.goalExitReasons),
        setDropouts(s.dropoutsInDenominator),
        setYearStart(s.reportingYearStart)
      ),
      () => setState('failed'),
    );
  }, []);
  if (!goals) return null;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (goals.length === 0) return setInvalid(true);
    setInvalid(false);
    setState('working');
    try {
      await staffApi.updateOrganisationGoal({
        goalExitReasons: EXIT_REASONS.filter((r) => goals.includes(r)),
        dropoutsInDenominator: dropouts,
        reportingYearStart: yearStart,
      });
      setState('saved');
      onSaved();
    } catch {
      setState('failed');
    }
  };
  return (
    <details class="card no-print">
      <summary>{t('organisation.goalTitle')}</summary>
      <form class="stack" onSubmit={submit} noValidate>
        <p class="muted">{t('organisation.goalIntro')}</p>
        <SaveNotice state={state} />
        <GoalDefinition
          goals={goals}
          dropouts={dropouts}
          disabled={false}
          invalid={invalid}
          onGoals={setGoals}
          onDropouts={setDropouts}
        />
        <ReportingYearField value={yearStart} onChange={setYearStart} />
        <SaveActions state={state} label={t('staff.save')} />
      </form>
    </details>
  );
}
