import { useState } from 'preact/hooks';
import { Problem, problemKey } from '../common/Problem';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import { GroupRow, type Group } from './GroupRow';
import { MemberPicker } from './MemberPicker';

/** The team's groups: create one with its members, and start today's session. */
export function Groups() {
  const { t } = useI18n();
  const groupList = useLoad(() => staffApi.groups(), []);
  const everyone = useLoad(() => staffApi.participants(), []);
  const groups: Group[] = groupList.data ?? [];
  const people: ParticipantRow[] = (everyone.data ?? []).filter((p) => !p.exitDate);
  const [name, setName] = useState('');
  const [members, setMembers] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = groupList.reload;

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
    let session;
    try {
      session = await staffApi.startSession(groupId);
    } catch (error) {
      return setMessage({ ok: false, text: t(problemKey(error)) });
    }
    location.hash = `#/staff/session/${session.id}`;
  };

  return (
    <div class="stack">
      <a href="#/staff">{t('staff.back')}</a>
      <h1>{t('staff.groups')}</h1>
      <Problem error={groupList.error ?? everyone.error} />
      {groupList.data && groups.length === 0 ? (
        <p>{t('staff.noGroups')}</p>
      ) : (
        <ul class="choices">
          {groups.map((g) => (
            <GroupRow key={g.id} group={g} people={people} onChanged={load} onStart={start} />
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
        <MemberPicker
          legend={t('staff.groupMembers')}
          people={people}
          chosen={members}
          onChange={setMembers}
        />
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('staff.createGroup')}
          </button>
        </div>
      </form>
    </div>
  );
}
