import type { ParticipantRow } from '../../staff/api';
import { useTeam } from '../../staff/team';
import { useI18n } from '../../i18n';
import { daysSince, isMine } from './ParticipantList';
import { participantLabel } from './participantLabel';

/**
 * Active participants without a rating for the team's number of weeks (counted from intake
 * for those who never rated): the coach's own, when they have any, else the whole team.
 */
export function NotRatedList({ rows, me }: { rows: readonly ParticipantRow[]; me: string }) {
  const { t, date, daysAgo } = useI18n();
  const { team } = useTeam();
  if (!team) return null;
  const weeks = team.settings.notRatedWeeks;
  const active = rows.filter((p) => !p.exitDate);
  const mine = active.filter((p) => isMine(p, me));
  const pool = mine.length > 0 ? mine : active;
  const since = (p: ParticipantRow) => p.summary?.lastRatedAt ?? `${p.intakeDate}T00:00:00Z`;
  const quiet = pool
    .filter((p) => daysSince(since(p)) >= weeks * 7)
    .sort((a, b) => since(a).localeCompare(since(b)));
  return (
    <section class="stack card" aria-labelledby="not-rated-title">
      <h2 id="not-rated-title">{t('staff.notRatedTitle', { weeks })}</h2>
      {quiet.length === 0 ? (
        <p>{t(mine.length > 0 ? 'staff.notRatedNoneMine' : 'staff.notRatedNone', { weeks })}</p>
      ) : (
        <ul class="rule-people">
          {quiet.map((p) => (
            <li key={p.id}>
              <a href={`#/staff/p/${p.id}`}>{participantLabel(p)}</a>{' '}
              <span class="muted">
                {p.summary?.lastRatedAt
                  ? t('staff.lastRated', {
                      date: date(p.summary.lastRatedAt.slice(0, 10)),
                      ago: daysAgo(daysSince(p.summary.lastRatedAt)),
                    })
                  : t('staff.neverRated', { date: date(p.intakeDate) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
