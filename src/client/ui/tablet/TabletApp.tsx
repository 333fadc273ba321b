import '../../i18n/staff';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { saveTabletFact, type TabletCredential } from '../../storage/tabletStore';
import { useTabletSync } from './useTabletSync';
import { shownInstrument, usePhoneWording } from '../../wording';
import { RatingFlow } from '../participant/RatingFlow';
import { WordingNote } from '../common/WordingNote';
import { MemberCode, type FoundMember } from './MemberCode';
import { TabletStatus } from './TabletStatus';
import { useIdleReset } from './idle';

type Member = FoundMember;
type Turn =
  | { step: 'code' }
  | { step: 'choose'; member: Member }
  | { step: 'rate'; member: Member; instrument: 'ors' | 'gsrs' }
  | { step: 'thanks' };

/** After "thank you", the tablet goes back to the code screen by itself for the next person. */
const THANKS_MS = 8_000;

/**
 * A shared tablet in a group session: members rate one after another under their own
 * code. Each turn starts blank; ratings leave the tablet as soon as the server has them.
 */
export default function TabletApp({
  tablet,
  onDirty,
  onTabletChanged,
}: {
  tablet: TabletCredential;
  onDirty(dirty: boolean): void;
  onTabletChanged(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [turn, setTurn] = useState<Turn>({ step: 'code' });
  const [turns, setTurns] = useState(0);
  const status = useTabletSync(onTabletChanged);
  const { wordings, licence } = usePhoneWording();
  const { texts: ors, wording } = shownInstrument('ors', wordings, i18n);
  const gsrs = shownInstrument('gsrs', wordings, i18n).texts;
  const next = () => {
    setTurns((n) => n + 1);
    setTurn({ step: 'code' });
  };
  useIdleReset(turn.step === 'choose' || turn.step === 'rate', () => {
    onDirty(false);
    next();
  });
  useEffect(() => {
    if (turn.step !== 'thanks') return;
    const timer = setTimeout(next, THANKS_MS);
    return () => clearTimeout(timer);
  }, [turn.step]);
  useEffect(() => document.getElementById('main')?.focus({ preventScroll: true }), [turn.step]);

  return (
    <div class="stack tablet">
      {turn.step === 'code' && (
        <MemberCode
          key={turns}
          tablet={tablet}
          onMember={(member) => setTurn({ step: 'choose', member })}
        />
      )}
      {turn.step === 'choose' && (
        <section class="stack">
          <h1>{t('tablet.hello', { code: turn.member.code })}</h1>
          <p class="lead">{t('tablet.choose')}</p>
          <ul class="choices">
            <li>
              <button
                type="button"
                class="choice"
                onClick={() => setTurn({ ...turn, step: 'rate', instrument: 'gsrs' })}
              >
                <span class="choice-when">{gsrs.when}</span>
                <span class="choice-title">{gsrs.title}</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                class="choice"
                onClick={() => setTurn({ ...turn, step: 'rate', instrument: 'ors' })}
              >
                <span class="choice-when">{ors.when}</span>
                <span class="choice-title">{ors.title}</span>
              </button>
            </li>
          </ul>
          <button type="button" class="button" onClick={next}>
            {t('tablet.notMe')}
          </button>
          <WordingNote wording={wording} licence={licence} />
        </section>
      )}
      {turn.step === 'rate' && (
        <RatingFlow
          key={`${turns}/${turn.instrument}`}
          instrumentId={turn.instrument}
          groupSession={turn.instrument === 'gsrs' ? (tablet.sessionCode ?? undefined) : undefined}
          onHome={next}
          onDirty={onDirty}
          tablet={{
            save: (fact) => saveTabletFact(turn.member.id, fact),
            onSaved: () => setTurn({ step: 'thanks' }),
          }}
        />
      )}
      {turn.step === 'thanks' && (
        <section class="stack">
          <h1>{t('tablet.thanks')}</h1>
          <p class="lead">{t('tablet.handOver')}</p>
          <div class="actions">
            <button type="button" class="button button--primary" onClick={next}>
              {t('tablet.nextPerson')}
            </button>
          </div>
        </section>
      )}
      <TabletStatus status={status} />
    </div>
  );
}
