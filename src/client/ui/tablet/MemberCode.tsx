import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import type { TabletCredential } from '../../storage/tabletStore';
import { Field } from '../common/Field';
import { TABLET_IDLE_MS } from './idle';

type Member = TabletCredential['members'][number];

/** Codes are typed as people type them: any case, spaces around. */
export function findMember(members: readonly Member[], typed: string): Member | undefined {
  const wanted = typed.trim().toUpperCase();
  return wanted ? members.find((m) => m.code.toUpperCase() === wanted) : undefined;
}

/**
 * The first step on a shared tablet: each member types their own code. The members' codes
 * are never listed, so nobody sees who else is in the group.
 */
export function MemberCode({
  tablet,
  onMember,
}: {
  tablet: TabletCredential;
  onMember(member: Member): void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const member = findMember(tablet.members, code);
        if (member) onMember(member);
        else setWrong(true);
      }}
    >
      <h1>{t('tablet.title', { group: tablet.group.name })}</h1>
      <p class="lead">{t('tablet.lead')}</p>
      <p class="muted">{t('tablet.idle', { minutes: TABLET_IDLE_MS / 60_000 })}</p>
      <Field
        id="tablet-code"
        label={t('tablet.code')}
        hint={t('tablet.codeHint')}
        error={wrong ? t('tablet.codeWrong') : null}
      >
        {(a11y) => (
          <input
            {...a11y}
            ref={input}
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={32}
            value={code}
            onInput={(e) => {
              setCode(e.currentTarget.value);
              setWrong(false);
            }}
          />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('tablet.next')}
        </button>
      </div>
    </form>
  );
}
