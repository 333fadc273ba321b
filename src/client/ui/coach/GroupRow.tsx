import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import { MemberPicker } from './MemberPicker';
import { startTabletMode } from './TabletMode';

export type Group = Awaited<ReturnType<typeof staffApi.groups>>[number];

/** One group: start today's session, or change who is in it. */
export function GroupRow({
  group,
  people,
  onChanged,
  onStart,
}: {
  group: Group;
  people: ParticipantRow[];
  onChanged(): void;
  onStart(groupId: string): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set(group.memberIds));
  const [failed, setFailed] = useState(false);
  // Only active participants are listed; members who have exited stay in the group (their
  // ids stay in `chosen`), so its past sessions keep their meaning.

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await staffApi.setGroupMembers(group.id, [...chosen]);
      setEditing(false);
      setFailed(false);
      onChanged();
    } catch {
      setFailed(true);
    }
  };

  return (
    <li class="card stack">
      <div class="group-row">
        <span>
          <strong>{group.name}</strong>{' '}
          <span class="muted">{t('staff.membersCount', { count: group.memberIds.length })}</span>
        </span>
        <span class="actions">
          <button
            type="button"
            class="button button--small"
            aria-expanded={editing}
            onClick={() => {
              setChosen(new Set(group.memberIds));
              setEditing(!editing);
            }}
          >
            {t('staff.editMembers')}
          </button>
          <button
            type="button"
            class="button button--small"
            onClick={() => {
              if (confirm(t('tablet.confirmStart', { group: group.name })))
                startTabletMode(group.id).catch(() => setFailed(true));
            }}
          >
            {t('tablet.start')}
          </button>
          {group.today ? (
            <a class="button button--primary" href={`#/staff/session/${group.today.id}`}>
              {t('staff.openSession')}
            </a>
          ) : (
            <button type="button" class="button button--primary" onClick={() => onStart(group.id)}>
              {t('staff.startSession')}
            </button>
          )}
        </span>
      </div>
      {group.today && (
        <p class="muted">
          {t('staff.todaySession', { code: group.today.code, count: group.today.answered })}
        </p>
      )}
      {failed && (
        <p class="notice notice--error" role="alert">
          {t('staff.failed')}
        </p>
      )}
      {editing && (
        <form class="stack" onSubmit={save}>
          <MemberPicker
            legend={t('staff.groupMembersOf', { name: group.name })}
            people={people}
            chosen={chosen}
            onChange={setChosen}
          />
          <div class="actions">
            <button type="submit" class="button button--primary">
              {t('staff.saveMembers')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
