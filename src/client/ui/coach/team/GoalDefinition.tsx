import { EXIT_REASONS, type ExitReason } from '../../../../shared/participant';
import { useI18n } from '../../../i18n';

/** Which exit reasons count as "goal reached", and whether drop-outs stay in the denominator. */
export function GoalDefinition({
  goals,
  dropouts,
  disabled,
  invalid,
  onGoals,
  onDropouts,
}: {
  goals: readonly ExitReason[];
  dropouts: boolean;
  disabled: boolean;
  invalid: boolean;
  onGoals(goals: ExitReason[]): void;
  onDropouts(dropouts: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset disabled={disabled} class="stack" aria-describedby="goal-hint">
      <legend>{t('team.goalReasons')}</legend>
      <p class="muted" id="goal-hint">
        {t('team.goalReasons.hint')}
      </p>
      {invalid && <p class="field-error">{t('team.goalReasons.error')}</p>}
      {EXIT_REASONS.map((r) => (
        <label key={r} class="check">
          <input
            type="checkbox"
            checked={goals.includes(r)}
            onChange={(e) =>
              onGoals(e.currentTarget.checked ? [...goals, r] : goals.filter((g) => g !== r))
            }
          />
          {t(`exitReason.${r}`)}
        </label>
      ))}
      <label class="check">
        <input
          type="checkbox"
          checked={dropouts}
          onChange={(e) => onDropouts(e.currentTarget.checked)}
        />
        {t('team.dropoutsInDenominator')}
      </label>
    </fieldset>
  );
}
