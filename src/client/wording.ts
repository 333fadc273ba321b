import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InstrumentDefinition, InstrumentId } from '../shared/instruments/definition';
import { INSTRUMENTS } from '../shared/instruments';
import {
  applyWording,
  LICENSED_INSTRUMENTS,
  type LicensedInstrument,
  type WordingFile,
} from '../shared/instruments/wording';
import type { Language } from '../shared/language';
import type { Licence } from '../shared/team';
import { useI18n } from './i18n';
import { getTeamWording } from './storage/syncStore';
import { syncLoop } from './sync/loop';

export const NEUTRAL_WORDING = 'neutral';

export interface ShownInstrument {
  def: InstrumentDefinition;
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
  lang: Language,
): ShownInstrument {
  const neutral = { def: INSTRUMENTS[id], wording: NEUTRAL_WORDING };
  if (!(LICENSED_INSTRUMENTS as readonly string[]).includes(id)) return neutral;
  const file = wordings.find((w) => w.language === lang);
  const texts = file?.instruments[id as LicensedInstrument];
  if (!file || !texts) return neutral;
  const def = applyWording(INSTRUMENTS[id], texts, lang);
  return def === INSTRUMENTS[id] ? neutral : { def, wording: file.name };
}

/** The wording this phone received with its last sync; read again after each sync. */
export function usePhoneWording(): { wordings: WordingFile[]; licence: Licence | null } {
  const [team, setTeam] = useState<{ wordings: WordingFile[]; licence: Licence | null }>({
    wordings: [],
    licence: null,
  });
  useEffect(() => {
    const load = () =>
      getTeamWording().then(
        (w) => w && setTeam({ wordings: w.wordings, licence: w.licence }),
        () => {},
      );
    let lastSynced: string | null = null;
    void load();
    return syncLoop.subscribe((status) => {
      if (status.lastSyncedAt === lastSynced) return;
      lastSynced = status.lastSyncedAt;
      void load();
    });
  }, []);
  return team;
}

export function usePhoneInstrument(
  id: InstrumentId,
): ShownInstrument & { licence: Licence | null } {
  const { lang } = useI18n();
  const { wordings, licence } = usePhoneWording();
  return useMemo(
    () => ({ ...shownInstrument(id, wordings, lang), licence }),
    [id, wordings, lang, licence],
  );
}

/** The name of the wording a screen in `lang` uses for the licensed instruments. */
export function wordingName(wordings: readonly WordingFile[], lang: Language): string {
  return wordings.find((w) => w.language === lang)?.name ?? NEUTRAL_WORDING;
}
