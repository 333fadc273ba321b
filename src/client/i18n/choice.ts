import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../shared/language';

const CHOSEN = 'stegvis.language';
const OFFERED = 'stegvis.offeredLanguages';

/** The phone's language tags that name one of ours ("fa-AF" and plain Persian read as Dari). */
const ALIASES: Record<string, Language> = { fa: 'prs', 'fa-af': 'prs' };

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage can be off (private mode); the defaults hold then.
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not being able to remember is harmless: the next start chooses again.
  }
}

/** The languages the participant's team offers (all until the phone has heard from it). */
export function offeredLanguages(): Language[] {
  try {
    const list = JSON.parse(read(OFFERED) ?? 'null') as unknown;
    if (Array.isArray(list)) {
      const offered = LANGUAGES.filter((l) => list.includes(l));
      if (offered.length) return offered;
    }
  } catch {
    // A damaged value means "all", as before the first sync.
  }
  return [...LANGUAGES];
}

export function rememberOfferedLanguages(languages: readonly Language[]): void {
  write(OFFERED, JSON.stringify(languages));
}

export function rememberLanguage(lang: Language): void {
  write(CHOSEN, lang);
}

function fromPhone(tags: readonly string[], offered: readonly Language[]): Language | undefined {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    const primary = lower.split('-')[0]!;
    const match = [lower, primary]
      .map((t) => ALIASES[t] ?? t)
      .find((t): t is Language => isLanguage(t) && offered.includes(t));
    if (match) return match;
  }
  return undefined;
}

/**
 * The language the app opens in: `?lang=CODE` when given (invitation links carry it, and it
 * is remembered), else the participant's own earlier choice, else the phone's language if
 * the team offers it, else Swedish.
 */
export function chooseLanguage(
  search: string = location.search,
  phone: readonly string[] = navigator.languages ?? [],
): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) {
    rememberLanguage(asked);
    return asked;
  }
  const chosen = read(CHOSEN);
  if (isLanguage(chosen)) return chosen;
  return fromPhone(phone, offeredLanguages()) ?? DEFAULT_LANGUAGE;
}
