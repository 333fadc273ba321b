import { useEffect, useState } from 'preact/hooks';
import { addMonths } from '../../../domain/calendar';
import { localDay } from '../../../domain/localDay';
import {
  INCOME_SOURCES,
  LABOUR_STATUSES,
  type IncomeSource,
  type LabourStatus,
  type StatusRecordView,
} from '../../../shared/labourStatus';
import type { TeamSettings } from '../../../shared/team';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import { SaveActions, SaveNotice, type SaveState } from './SaveState';
import { FollowUpConsent } from './FollowUpConsent';

interface Moment {
  moment: StatusRecordView['moment'];
  months: number;
  /** The day it is about: intake, exit, or exit + months (the follow-up's due day). */
  day: string;
}

/**
 * Steps toward work: where the participant stood at intake, at exit and at each of the team's
 * follow-ups after exit, with the step on the team's ladder. One small form per moment; a
 * follow-up shows when it falls due.
 */
export function WorkSteps({
  participant,
  settings,
  onChanged,
}: {
  participant: ParticipantRow;
  settings: TeamSettings;
  onChanged(p?: ParticipantRow): void;
}) {
  const { t, date } = useI18n();
  const [records, setRecords] = useState<StatusRecordView[] | null>(null);
  useEffect(() => {
    staffApi.statuses(participant.id).then(setRecords, () => setRecords([]));
  }, [participant.id]);

  const exit = participant.exitDate;
  const moments: Moment[] = [
    { moment: 'intake', months: 0, day: participant.intakeDate },
    ...(exit
      ? [
          { moment: 'exit' as const, months: 0, day: exit },
          ...settings.followUpMonths.map((m) => ({
            moment: 'followup' as const,
            months: m,
            day: addMonths(exit, m),
          })),
        ]
      : []),
  ];
  return (
    <details class="stack card fold no-print">
      <summary>
        <h2 id="steps-title">{t('steps.title')}</h2>
      </summary>
      <div class="stack">
        <p class="muted">{t('steps.lead')}</p>
        {!exit && <p class="muted">{t('steps.afterExit')}</p>}
        {exit && <FollowUpConsent participant={participant} onChanged={onChanged} />}
        {records &&
          moments.map((m) => (
            <MomentForm
              key={`${m.moment}-${m.months}`}
              participantId={participant.id}
              at={m}
              ladder={settings.statusLadder}
              record={records.find((r) => r.moment === m.moment && r.months === m.months)}
              label={
                m.moment === 'followup'
                  ? t('steps.followUp', { months: m.months, date: date(m.day) })
                  : t(`steps.moment.${m.moment}`, { date: date(m.day) })
              }
              onSaved={(list) => {
                setRecords(list);
                onChanged();
              }}
            />
          ))}
      </div>
    </details>
  );
}

function MomentForm({
  participantId,
  at,
  record,
  ladder,
  label,
  onSaved,
}: {
  participantId: string;
  at: Moment;
  record: StatusRecordView | undefined;
  ladder: Record<LabourStatus, number>;
  label: string;
  onSaved(list: StatusRecordView[]): void;
}) {
  const { t, date } = useI18n();
  const today = localDay(new Date().toISOString());
  const [status, setStatus] = useState<LabourStatus | ''>(record?.status ?? '');
  const [income, setIncome] = useState<IncomeSource | ''>(record?.income ?? '');
  const [state, setState] = useState<SaveState>('idle');
  const [missing, setMissing] = useState(false);
  const due = at.day > today;
  const id = `steps-${at.moment}-${at.months}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!status || !income) return setMissing(true);
    setMissing(false);
    setState('working');
    try {
      const recordedOn = at.moment === 'followup' ? today : at.day < today ? at.day : today;
      onSaved(
        await staffApi.recordStatus(participantId, {
          moment: at.moment,
          months: at.months,
          status,
          income,
          recordedOn,
        }),
      );
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <form class="stack steps-moment" onSubmit={submit} noValidate aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      {record ? (
        <p>
          {t('steps.recorded', {
            status: t(`labourStatus.${record.status}`),
            step: ladder[record.status],
            date: date(record.recordedOn),
            by: t(`steps.by.${record.recordedBy}`),
          })}
        </p>
      ) : (
        <p class="muted">{due && at.moment === 'followup' ? t('steps.notDue') : t('steps.none')}</p>
      )}
      <SaveNotice state={state} />
      {missing && (
        <p class="field-error" role="alert">
          {t('steps.missing')}
        </p>
      )}
      {!(due && at.moment === 'followup') && (
        <div class="filters">
          <div class="field">
            <label for={`${id}-status`}>{t('steps.status')}</label>
            <select
              id={`${id}-status`}
              value={status}
              aria-invalid={missing && !status ? true : undefined}
              onChange={(e) => setStatus(e.currentTarget.value as LabourStatus)}
            >
              <option value="">{t('steps.choose')}</option>
              {LABOUR_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`labourStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${id}-income`}>{t('steps.income')}</label>
            <select
              id={`${id}-income`}
              value={income}
              aria-invalid={missing && !income ? true : undefined}
              onChange={(e) => setIncome(e.currentTarget.value as IncomeSource)}
            >
              <option value="">{t('steps.choose')}</option>
              {INCOME_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`income.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {!(due && at.moment === 'followup') && (
        <SaveActions state={state} label={t(record ? 'steps.change' : 'steps.save')} />
      )}
    </form>
  );
}
