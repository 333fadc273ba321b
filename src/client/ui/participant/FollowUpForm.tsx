import { useState } from 'preact/hooks';
import {
  INCOME_SOURCES,
  LABOUR_STATUSES,
  type FollowUpMonths,
  type IncomeSource,
  type LabourStatus,
} from '../../../shared/labourStatus';
import { newFollowUpAnswer } from '../../followUp';
import { useI18n } from '../../i18n';
import { saveFact } from '../../storage/facts';

/**
 * "Hur går det nu?": two questions, one answer each, saved on the phone first (offline too)
 * and sent to the team when there is a connection.
 */
export default function FollowUpForm({ months }: { months: FollowUpMonths }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<LabourStatus | null>(null);
  const [income, setIncome] = useState<IncomeSource | null>(null);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!status || !income) return setMissing(true);
    await saveFact(newFollowUpAnswer({ months, status, income }));
    setSaved(true);
  };
  if (saved)
    return (
      <section class="stack">
        <h1>{t('followUp.title')}</h1>
        <p class="notice" role="status">
          {t('followUp.saved')}
        </p>
        <a class="button" href="#/">
          {t('followUp.back')}
        </a>
      </section>
    );
  const question = <T extends string>(
    name: string,
    legend: string,
    options: readonly T[],
    chosen: T | null,
    choose: (v: T) => void,
    label: (v: T) => string,
  ) => (
    <fieldset class="stack choice-list">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} class="choice">
          <input
            type="radio"
            name={name}
            value={o}
            checked={chosen === o}
            onChange={() => choose(o)}
          />
          <span>{label(o)}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('followUp.title')}</h1>
      <p class="lead">{t('followUp.lead')}</p>
      {missing && (
        <p class="field-error" role="alert">
          {t('followUp.missing')}
        </p>
      )}
      {question('status', t('followUp.statusQuestion'), LABOUR_STATUSES, status, setStatus, (s) =>
        t(`followUp.status.${s}`),
      )}
      {question('income', t('followUp.incomeQuestion'), INCOME_SOURCES, income, setIncome, (s) =>
        t(`followUp.income.${s}`),
      )}
      <button type="submit" class="button">
        {t('followUp.save')}
      </button>
    </form>
  );
}
