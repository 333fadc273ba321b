/**
 * What the app needs to know about a language before its catalog has loaded: its name in
 * itself (the language list shows "العربية", not "Arabiska"), its direction, the locale for
 * numbers and dates, and the speech-synthesis languages that can read it aloud.
 */
export interface LanguageInfo {
  /** The language's name in its own script. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * For Intl. Latin digits everywhere (`-u-nu-latn`): the numbers under a scale, on paper
   * and on the coach's screen are then the same figures.
   */
  locale: string;
  /** BCP 47 prefixes a speech voice may have to read this language (Dari: Persian voices). */
  voices: readonly string[];
  /** Text needs the self-hosted Ethiopic font (Tigrinya). */
  script?: 'ethiopic';
}

/**
 * Every language Stegvis speaks to participants, Swedish first. Adding a language is one
 * line here plus its catalog `src/client/i18n/languages/<code>.ts` (see README).
 */
export const LANGUAGE_INFO = {
  sv: { name: 'Svenska', dir: 'ltr', locale: 'sv-SE', voices: ['sv'] },
  'sv-x-lattlast': { name: 'Lättläst svenska', dir: 'ltr', locale: 'sv-SE', voices: ['sv'] },
  en: { name: 'English', dir: 'ltr', locale: 'en-GB', voices: ['en'] },
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn', voices: ['ar'] },
  prs: { name: 'دری', dir: 'rtl', locale: 'fa-AF-u-nu-latn', voices: ['prs', 'fa'] },
  so: { name: 'Soomaali', dir: 'ltr', locale: 'so-SO', voices: ['so'] },
  ti: { name: 'ትግርኛ', dir: 'ltr', locale: 'ti-ER', voices: ['ti'], script: 'ethiopic' },
} as const satisfies Record<string, LanguageInfo>;

export type Language = keyof typeof LANGUAGE_INFO;
export const LANGUAGES = Object.keys(LANGUAGE_INFO) as [Language, ...Language[]];
export const DEFAULT_LANGUAGE: Language = 'sv';

export function languageInfo(lang: Language): LanguageInfo {
  return LANGUAGE_INFO[lang];
}

/** The staff screens and the team's reports are in Swedish or English. */
export const STAFF_LANGUAGES = ['sv', 'en'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

export function isLanguage(value: string | null | undefined): value is Language {
  return value != null && Object.hasOwn(LANGUAGE_INFO, value);
}
