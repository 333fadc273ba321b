import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import type { ParticipantRow } from '../../staff/api';

/** Whether `me` is one of the participant's responsible coaches. */
export const isMine = (p: ParticipantRow, me: string) => (p.coachIds ?? []).includes(me);

/** Whole days from an ISO time to now. */
export const daysSince = (iso: string, now = Date.now()) =>
  Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));

type Show = 'mine' | 'active' | 'exited' | 'all';
export type Group = { id: string; name: string; memberIds: string[] };
type Sort = 'code' | 'intake' | 'alerts' | 'lastRated';

/** Everyone in the team with the figures a coach scans between meetings. */
export function ParticipantList({
  rows,
  groups,
  me,
}: {
  rows: ParticipantRow[];
  groups: Group[];
  /** The signed-in coach: "Mina deltagare" is where the week starts, when there are any. */
  me: string;
}) {
  const { t, number, date, daysAgo } = useI18n();
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>(() =>
    rows.some((p) => !p.exitDate && isMine(p, me)) ? 'mine' : 'active',
  );
  const [groupId, setGroupId] = useState('');
  const [sort, setSort] = useState<Sort>('code');

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    const members = groupId ? (groups.find((g) => g.id === groupId)?.memberIds ?? []) : null;
    const alerts = (p: ParticipantRow) =>
      p.summary?.alerts.filter((a) => a.severity === 'alert').length ?? 0;
    return rows
      .filter((p) =>
        show === 'all'
          ? true
          : show === 'exited'
            ? !!p.exitDate
            : !p.exitDate && (show === 'active' || isMine(p, me)),
      )
      .filter((p) => !members || members.includes(p.id))
      .filter(
        (p) =>
          !q || p.code.toLowerCase().includes(q) || (p.displayName ?? '').toLowerCase().includes(q),
      )
      .sort(
        (a, b) =>
          (sort === 'intake'
            ? b.intakeDate.localeCompare(a.intakeDate)
            : sort === 'alerts'
              ? alerts(b) - alerts(a)
              : sort === 'lastRated'
                ? (a.summary?.lastRatedAt ?? '').localeCompare(b.summary?.lastRatedAt ?? '')
                : 0) || a.code.localeCompare(b.code),
      );
  }, [rows, groups, groupId, query, show, sort, me]);

  const score = (v: number | null | undefined) => (v == null ? '–' : number(v, 1));
  const change = (p: ParticipantRow) => {
    const c = p.summary?.orsChange;
    return c == null ? '–' : `${c > 0 ? '+' : ''}${number(c, 1)}`;
  };

  return (
    <section class="stack" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('staff.participants')}</h2>
      <div class="filters">
        <div class="field">
          <label for="p-search">{t('staff.search')}</label>
          <input
            id="p-search"
            type="text"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="p-show">{t('staff.show')}</label>
          <select id="p-show" value={show} onChange={(e) => setShow(e.currentTarget.value as Show)}>
            <option value="mine">{t('staff.showMine')}</option>
            <option value="active">{t('staff.showActive')}</option>
            <option value="exited">{t('staff.showExited')}</option>
            <option value="all">{t('staff.showAll')}</option>
          </select>
        </div>
        {groups.length > 0 && (
          <div class="field">
            <label for="p-group">{t('staff.group')}</label>
            <select
              id="p-group"
              value={groupId}
              onChange={(e) => setGroupId(e.currentTarget.value)}
            >
              <option value="">{t('staff.allGroups')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="p-sort">{t('staff.sortBy')}</label>
          <select id="p-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
            <option value="code">{t('staff.sortCode')}</option>
            <option value="intake">{t('staff.sortIntake')}</option>
            <option value="alerts">{t('staff.sortAlerts')}</option>
            <option value="lastRated">{t('staff.sortLastRated')}</option>
          </select>
        </div>
      </div>
      {visible.length === 0 ? (
        <p>{t('staff.noParticipants')}</p>
      ) : (
        <div class="table-scroll">
          <table class="participant-table">
            <caption class="sr-only">{t('staff.participants')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.colCode')}</th>
                <th scope="col">{t('staff.colIntake')}</th>
                <th scope="col">{t('staff.colSessions')}</th>
                <th scope="col">{t('staff.colLastRated')}</th>
                <th scope="col">{t('staff.colOrs')}</th>
                <th scope="col">{t('staff.colSrs')}</th>
                <th scope="col">{t('staff.colChange')}</th>
                <th scope="col">{t('staff.colAlerts')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <a href={`#/staff/p/${p.id}`}>{p.code}</a>
                    {p.displayName && <span class="muted"> {p.displayName}</span>}
                    {p.exitDate && (
                      <span class="muted"> ({t('staff.exited', { date: date(p.exitDate) })})</span>
                    )}
                  </th>
                  <td>{date(p.intakeDate)}</td>
                  <td>{p.summary?.sessions ?? 0}</td>
                  <td>
                    {p.summary?.lastRatedAt
                      ? t('staff.lastRated', {
                          date: date(p.summary.lastRatedAt.slice(0, 10)),
                          ago: daysAgo(daysSince(p.summary.lastRatedAt)),
                        })
                      : '–'}
                  </td>
                  <td>{score(p.summary?.latestOrs)}</td>
                  <td>{score(p.summary?.latestSrs)}</td>
                  <td class={`change change--${p.summary?.orsChangeKind ?? 'none'}`}>
                    {change(p)}
                  </td>
                  <td>{p.summary?.alerts.filter((a) => a.severity === 'alert').length || ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
