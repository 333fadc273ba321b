import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi, type ParticipantRow } from '../../staff/api';
import { SaveNotice, type SaveState } from './SaveState';

/**
 * At exit: whether the participant wants the follow-up questions on their phone. While they
 * do, the phone stays connected for those questions only; it ends after the last one or when
 * either the participant (on the phone) or the coach (here) ends it.
 */
export function FollowUpConsent({
  participant,
  onChanged,
}: {
  participant: ParticipantRow;
  onChanged(p: ParticipantRow): void;
}) {
  const { t, date } = useI18n();
  const [state, setState] = useState<SaveState>('idle');
  const consentAt = participant.followUpConsentAt ?? null;
  const endedAt = participant.followUpEndedAt ?? null;
  const active = consentAt !== null && endedAt === null;

  const set = async (consent: boolean) => {
    setState('working');
    try {
      onChanged(await staffApi.followUpConsent(participant.id, consent));
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <div class="stack steps-consent">
      <h3>{t('steps.phoneTitle')}</h3>
      <p>
        {active
          ? t('steps.phoneActive', { date: date(consentAt.slice(0, 10)) })
          : endedAt
            ? t('steps.phoneEnded', { date: date(endedAt.slice(0, 10)) })
            : t('steps.phoneNone')}
      </p>
      <SaveNotice state={state} />
      <div class="actions">
        <button
          type="button"
          class={active ? 'button button--secondary' : 'button'}
          disabled={state === 'working'}
          onClick={() => void set(!active)}
        >
          {t(active ? 'steps.phoneStop' : 'steps.phoneStart')}
        </button>
      </div>
    </div>
  );
}
