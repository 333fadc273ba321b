import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';

type Group = Awaited<ReturnType<typeof staffApi.groups>>[number];

/** The team's groups: create one with its members, and start today's session. */
export function Groups() {
  const { t } = useI18n();
  const [groups, setGroups] = useState<Group[]>([]);
  const [people, setPeople] = useState<ParticipantRow[]>([]);
  const [name, setName] = useState('');
  const [members, setMembers] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = () =>
    staffApi.groups().then(setGroups, () => setMessage({ ok: false, text: t('staff.failed') }));
  useEffect(() => {
    void load();
    staffApi.participants().then(
      (rows) => setPeople(rows.filter((p) => !p.exitDate)),
      () => {},
    );
  }, []);

  const create = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setMessage({ ok: false, text: t('staff.groupInvalid') });
    try {
      await staffApi.createGroup(name.trim(), [...members]);
      setName('');
      setMembers(new Set());
      setMessage({ ok: true, text: t('staff.groupCreated') });
      void load();
    } catch {
      setMessage({ ok: false, text: t('staff.failed') });
    }
  };
  const start = async (groupId: string) => {
    const session = await staffApi.startSession(groupId);
    location.hash = `#/staff/session/${session.id}`;
  };
  const toggle = (id: string) => {
    const next = new Set(members);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setMembers(next);
  };

  return (
    <div class="stack">
      <a href="#/staff">{t('staff.back')}</a>
      <h1>{t('staff.groups')}</h1>
      {groups.length === 0 ? (
        <p>{t('staff.noGroups')}</p>
      ) : (
        <ul class="choices">
          {groups.map((g) => (
            <li key={g.id} class="card group-row">
              <span>
                <strong>{g.name}</strong>{' '}
                <span class="muted">{t('staff.membersCount', { count: g.memberIds.length })}</span>
              </span>
              <button type="button" class="button button--primary" onClick={() => start(g.id)}>
                {t('staff.startSession')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="stack card" onSubmit={create} aria-labelledby="new-group">
        <h2 id="new-group">{t('staff.newGroup')}</h2>
        {message && (
          <p
            class={message.ok ? 'notice' : 'notice notice--error'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        )}
        <div class="field">
          <label for="group-name">{t('staff.groupName')}</label>
          <input
            id="group-name"
            type="text"
            maxLength={80}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <fieldset class="members">
          <legend>{t('staff.groupMembers')}</legend>
          {people.map((p) => (
            <label key={p.id} class="check">
              <input type="checkbox" checked={members.has(p.id)} onChange={() => toggle(p.id)} />
              {p.displayName ? `${p.code} (${p.displayName})` : p.code}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('staff.createGroup')}
          </button>
        </div>
      </form>
    </div>
  );
}
