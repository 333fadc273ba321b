import type { QuestionnairePack } from '../shared/questionnaire';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InstrumentDefinition, InstrumentId } from '../shared/instruments/definition';
import { applyWording } from '../shared/instruments/applyWording';
import { INSTRUMENTS, LICENSED_INSTRUMENTS } from '../shared/instruments/catalog';
import type { LicensedInstrument, WordingFile } from '../shared/instruments/wording';
import type { InstrumentTexts } from '../shared/instruments/texts';
import type { Language } from '../shared/language';
import type { Licence } from '../shared/team';
import { useI18n, type I18n } from './i18n';
import { getTeamWording } from './storage/syncStore';
import { syncLoop } from './sync/loop';

export const NEUTRAL_WORDING = 'neutral';

export interface ShownInstrument {
  def: InstrumentDefinition;
  /** Its words as shown: the team's licensed wording, or ours in the screen's language. */
  texts: InstrumentTexts;
  /** The name of the team's wording in use, or NEUTRAL_WORDING; stored with each rating. */
  wording: string;
}

/**
 * The instrument as shown in `lang`: the team's licensed wording when it has loaded one
 * for that language and instrument, Stegvis' neutral texts otherwise. The one place both
 * the phone and the coach's screens decide which wording to show.
 */
export function shownInstrument(
  id: InstrumentId,
  wordings: readonly WordingFile[],
  { lang, instrumentTexts }: Pick<I18n, 'lang' | 'instrumentTexts'>,
): ShownInstrument {
  const def = INSTRUMENTS[id];
  const ours = instrumentTexts(id);
  const neutral = { def, texts: ours, wording: NEUTRAL_WORDING };
  if (!(LICENSED_INSTRUMENTS as readonly string[]).includes(id)) return neutral;
  const file = wordings.find((w) => w.language === lang);
  const licensed = file?.instruments[id as LicensedInstrument];
  const texts = licensed && applyWording(def, ours, licensed);
  return file && texts ? { def, texts, wording: file.name } : neutral;
}

interface PhoneTeamCopy {
  wordings: WordingFile[];
  licence: Licence | null;
  /** The languages the team offers; absent until the phone has heard from its team. */
  languages?: Language[];
  /** The questionnaire packs the team asks. */
  questionnaires?: QuestionnairePack[];
  /** The phone's copy has been read (it may hold nothing yet). */
  read?: boolean;
}

/** The wording this phone received with its last sync; read again after each sync. */
export function usePhoneWording(): PhoneTeamCopy {
  const [team, setTeam] = useState<PhoneTeamCopy>({ wordings: [], licence: null });
  useEffect(() => {
    const load = () =>
      getTeamWording().then(
        (w) =>
          setTeam(
            w
              ? {
                  wordings: w.wordings,
                  licence: w.licence,
                  languages: w.team?.languages,
                  questionnaires: w.questionnaires ?? [],
                  read: true,
                }
              : (old) => ({ ...old, read: true }),
          ),
        () => setTeam((old) => ({ ...old, read: true })),
      );
    return syncLoop.onSynced(() => void load());
  }, []);
  return team;
}

export function usePhoneInstrument(
  id: InstrumentId,
): ShownInstrument & { licence: Licence | null } {
  const i18n = useI18n();
  const { wordings, licence } = usePhoneWording();
  return useMemo(
    () => ({ ...shownInstrument(id, wordings, i18n), licence }),
    [id, wordings, i18n, licence],
  );
}

/** The name of the wording a screen in `lang` uses for the licensed instruments. */
export function wordingName(wordings: readonly WordingFile[], lang: Language): string {
  return wordings.find((w) => w.language === lang)?.name ?? NEUTRAL_WORDING;
}
