import { useState } from 'preact/hooks';
import type { AccessLogEntry } from '../../../../shared/responses/staff';
import { useI18n, type MessageKey } from '../../../i18n';
import { staffApi } from '../../../staff/api';
import { localToday } from '../../../localDate';
import { Field } from '../../common/Field';
import { TableScroll } from '../../common/TableScroll';

type Log = Awaited<ReturnType<typeof staffApi.accessLog>>;

const SAMPLE_SIZE = '20';
const ACTIONS = [
  'view',
  'ratings',
  'list',
  'history',
  'devices',
  'coach_notes',
  'export',
  'extract',
];

/** The first of last month to today: the usual span of the monthly log check. */
function lastMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 2, 1));
  return first.toISOString().slice(0, 10);
}

/**
 * The access-log review: who read which participant's data, and when. The team admin
 * filters by period, staff member and participant, draws a random sample for the monthly
 * check, and downloads the log as CSV.
 */
export function AccessLogReview() {
  const { t, dateTime } = useI18n();
  const today = localToday();
  const [filter, setFilter] = useState({
    from: lastMonth(today),
    to: today,
    user: '',
    participant: '',
  });
  const [log, setLog] = useState<Log | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const query = () =>
    Object.fromEntries(Object.entries(filter).filter(([, v]) => v.trim() !== '')) as Record<
      string,
      string
    >;
  const show = async (sample: boolean) => {
    setProblem(null);
    try {
      setLog(await staffApi.accessLog(sample ? { ...query(), sample: SAMPLE_SIZE } : query()));
    } catch {
      setProblem('team.logFailed');
    }
  };
  const action = (a: string) => (ACTIONS.includes(a) ? t(`team.logAction.${a}` as MessageKey) : a);
  const field = (key: keyof typeof filter, type: string, label: MessageKey) => (
    <Field id={`log-${key}`} label={t(label)}>
      {(a11y) => (
        <input
          {...a11y}
          type={type}
          value={filter[key]}
          onInput={(e) => setFilter({ ...filter, [key]: e.currentTarget.value })}
        />
      )}
    </Field>
  );

  return (
    <section class="stack card" aria-labelledby="log-title">
      <h2 id="log-title">{t('team.logTitle')}</h2>
      <p class="muted">{t('team.logHelp')}</p>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void show(false);
        }}
      >
        <div class="filters">
          {field('from', 'date', 'team.logFrom')}
          {field('to', 'date', 'team.logTo')}
          {field('user', 'email', 'team.logUser')}
          {field('participant', 'text', 'team.logParticipant')}
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('team.logShow')}
          </button>
          <button type="button" class="button" onClick={() => void show(true)}>
            {t('team.logSample', { n: SAMPLE_SIZE })}
          </button>
          <a
            class="button"
            href={`/api/team/access-log?${new URLSearchParams({ ...query(), format: 'csv' })}`}
            download
          >
            {t('team.logCsv')}
          </a>
        </div>
      </form>
      {problem && (
        <p class="notice notice--error" role="alert">
          {t(problem)}
        </p>
      )}
      {log && (
        <>
          <p role="status">
            {log.sampled
              ? t('team.logSampled', { n: String(log.entries.length), total: String(log.total) })
              : t('team.logCount', { total: String(log.total), shown: String(log.entries.length) })}
          </p>
          {log.entries.length > 0 && (
            <TableScroll label={t('team.logTable')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('team.logWhen')}</th>
                    <th scope="col">{t('team.logUser')}</th>
                    <th scope="col">{t('team.logParticipant')}</th>
                    <th scope="col">{t('team.logWhat')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.entries.map((e: AccessLogEntry, i) => (
                    <tr key={i}>
                      <td>{dateTime(e.at)}</td>
                      <td class="identity">{e.by === 'cli' ? t('team.byCommandLine') : e.by}</td>
                      <td>{e.participant ?? t('team.logErased')}</td>
                      <td>{action(e.action)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}
