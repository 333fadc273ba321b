import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  type LocalizedText,
} from '../../shared/language';
import { en } from './en';
import type { StaffKey } from './staff/sv';
import type { InfoKey } from './info/sv';
import type { TeamKey } from './staff/teamSv';
import { sv, type ParticipantKey } from './sv';

export type MessageKey = ParticipantKey | StaffKey | TeamKey | InfoKey;
/** Keys with plural forms: `sync.waiting` for `sync.waiting.one` and `sync.waiting.other`. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer B}.one`
    ? B
    : never
  : never;

/**
 * The participant's strings are here from the start; the staff side's arrive with its
 * chunk (`addCatalogs`, from i18n/staff), so a phone's first load carries none of them.
 */
const CATALOGS: Record<Language, Partial<Record<MessageKey, string>>> = {
  sv: { ...sv },
  en: { ...en },
};

/** Whether a key made at run time (an error code from the server) has a text. */
export function hasMessage(key: string): key is MessageKey {
  return key in CATALOGS[DEFAULT_LANGUAGE];
}

export function addCatalogs(extra: Record<Language, Partial<Record<MessageKey, string>>>): void {
  for (const lang of LANGUAGES) Object.assign(CATALOGS[lang], extra[lang]);
}
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const STORAGE_KEY = 'stegvis.language';

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Language;
  t(key: MessageKey, vars?: Vars): string;
  /** Picks the plural form `key.one` / `key.other` by Intl rules. */
  tn(key: PluralKey, count: number, vars?: Vars): string;
  text(localized: LocalizedText): string;
  number(value: number, decimals?: number): string;
  date(iso: string): string;
  dateTime(iso: string): string;
}

export function makeI18n(lang: Language): I18n {
  const catalog = CATALOGS[lang];
  const locale = LOCALES[lang];
  const plural = new Intl.PluralRules(locale);
  const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // A key the loaded catalogs lack shows as itself: visible in a test, never a crash.
  const t = (key: MessageKey, vars?: Vars) =>
    (catalog[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(vars?.[name] ?? `{${name}}`),
    );
  return {
    lang,
    t,
    tn: (key, count, vars) =>
      t(`${key}.${plural.select(count) === 'one' ? 'one' : 'other'}`, {
        count,
        ...vars,
      }),
    text: (localized) => localized[lang],
    number: (value, decimals = 1) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(value),
    date: (iso) => dateFmt.format(new Date(iso)),
    dateTime: (iso) => dateTimeFmt.format(new Date(iso)),
  };
}

export function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  } catch {
    // Storage can be off (private mode); Swedish is the default then.
  }
  return DEFAULT_LANGUAGE;
}

export function saveLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not being able to remember the choice is harmless.
  }
  document.documentElement.lang = lang;
}

export const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANGUAGE));
export const useI18n = () => useContext(I18nContext);
