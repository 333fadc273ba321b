import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import type { TabletCredential } from '../../storage/tabletStore';
import { Field } from '../common/Field';
import { TABLET_IDLE_MS } from './idle';
import { normalizeMemberCode, TABLET_CODE_HASH } from '../../../shared/protocol';

type Member = TabletCredential['members'][number];
/** A member found by the code they typed; the code is known only from their typing. */
export type FoundMember = { id: string; code: string };

/** The typed code as the server hashed each member's (TABLET_CODE_HASH). */
export async function memberCodeHash(typed: string, salt: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    enc.encode(normalizeMemberCode(typed)),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: enc.encode(salt),
      iterations: TABLET_CODE_HASH.iterations,
    },
    key,
    TABLET_CODE_HASH.bytes * 8,
  );
  return [...new Uint8Array(bits)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Codes are typed as people type them: any case, spaces around. */
export async function findMember(
  members: readonly Member[],
  salt: string,
  typed: string,
): Promise<FoundMember | undefined> {
  const code = normalizeMemberCode(typed);
  if (!code) return undefined;
  const hash = await memberCodeHash(code, salt);
  const member = members.find((m) => m.codeHash === hash);
  return member && { id: member.id, code };
}

/**
 * The first step on a shared tablet: each member types their own code. The tablet holds only
 * hashes of the members' codes, so nobody sees who else is in the group, on screen or in the
 * tablet's storage.
 */
export function MemberCode({
  tablet,
  onMember,
}: {
  tablet: TabletCredential;
  onMember(member: FoundMember): void;
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
      onSubmit={async (e) => {
        e.preventDefault();
        const member = await findMember(tablet.members, tablet.codeSalt, code);
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
