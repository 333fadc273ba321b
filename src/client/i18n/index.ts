import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { InstrumentId } from '../../shared/instruments/definition';
import type { InstrumentTexts } from '../../shared/instruments/texts';
import {
  DEFAULT_LANGUAGE,
  languageInfo,
  type Language,
  type LanguageInfo,
} from '../../shared/language';
import type { Catalog } from './catalog';
import type { InfoKey } from './info/sv';
import { catalog as svCatalog, type ParticipantKey } from './languages/sv';
import type { StaffKey } from './staff/sv';
import type { ReportKey } from './staff/reportSv';
import type { StepsKey } from './staff/stepsSv';
import type { TeamKey } from './staff/teamSv';

export { chooseLanguage, rememberLanguage, rememberOfferedLanguages } from './choice';

export type MessageKey = ParticipantKey | StaffKey | TeamKey | ReportKey | StepsKey | InfoKey;
/** Keys with plural forms: `sync.waiting` for `sync.waiting.one` and `sync.waiting.other`. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer B}.one`
    ? B
    : never
  : never;

/**
 * Swedish is in the first load; every other language is its own chunk, fetched when chosen
 * and precached by the service worker, so all of them work offline.
 */
const LOADERS = import.meta.glob<{ catalog: Catalog }>(['./languages/*.ts', '!./languages/sv.ts']);
const CATALOGS: Partial<Record<Language, Catalog>> = { sv: svCatalog };

export async function loadLanguage(lang: Language): Promise<Catalog> {
  const loaded = CATALOGS[lang];
  if (loaded) return loaded;
  const loader = LOADERS[`./languages/${lang}.ts`];
  if (!loader) throw new Error(`No catalog for ${lang}`);
  const { catalog } = await loader();
  return (CATALOGS[lang] = catalog);
}

/**
 * The staff side's strings (Swedish and English only) and the information pages' arrive
 * with their chunks (`addCatalogs`), so a phone's first load carries none of them.
 */
const EXTRA: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = {};

export function addCatalogs(
  extra: Partial<Record<Language, Partial<Record<MessageKey, string>>>>,
): void {
  for (const lang of Object.keys(extra) as Language[])
    EXTRA[lang] = { ...EXTRA[lang], ...extra[lang] };
}

/** Whether a key made at run time (an error code from the server) has a text. */
export function hasMessage(key: string): key is MessageKey {
  return key in svCatalog.ui || key in (EXTRA.sv ?? {});
}

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Language;
  info: LanguageInfo;
  /** False for a catalog no native speaker has reviewed: screens say so. */
  reviewed: boolean;
  t(key: MessageKey, vars?: Vars): string;
  /** Picks the plural form `key.one` / `key.other` by Intl rules. */
  tn(key: PluralKey, count: number, vars?: Vars): string;
  /** An instrument's words in this language: our neutral texts (wording is laid over later). */
  instrumentTexts(id: InstrumentId): InstrumentTexts;
  number(value: number, decimals?: number): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  /** "i dag", "i går", "för 10 dagar sedan": whole days before now, by Intl. */
  daysAgo(days: number): string;
}

/** Made for a language whose catalog has loaded (`loadLanguage`); Swedish fills any gap. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function makeI18n(lang: Language): I18n {
  const catalog = CATALOGS[lang] ?? svCatalog;
  const info = languageInfo(lang);
  // Each Intl formatter is made when first used: making one costs milliseconds on a phone,
  // and most screens need none of them before their first frame.
  const plural = once(() => new Intl.PluralRules(info.locale));
  const dateFmt = once(() => new Intl.DateTimeFormat(info.locale, { dateStyle: 'medium' }));
  const dateTimeFmt = once(
    () => new Intl.DateTimeFormat(info.locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const relative = once(() => new Intl.RelativeTimeFormat(info.locale, { numeric: 'auto' }));
  const ui = catalog.ui as Partial<Record<MessageKey, string>>;
  // Read at each call: a chunk's strings may join after this I18n was made.
  // A key no catalog has shows as itself: visible in a test, never a crash.
  const t = (key: MessageKey, vars?: Vars) =>
    (ui[key] ?? EXTRA[lang]?.[key] ?? EXTRA[DEFAULT_LANGUAGE]?.[key] ?? key).replace(
      /\{(\w+)\}/g,
      (_, name: string) => String(vars?.[name] ?? `{${name}}`),
    );
  return {
    lang,
    info,
    reviewed: catalog.review.status !== 'unreviewed',
    t,
    // Arabic has six plural forms; our catalogs keep two ("one", else "other"), which reads
    // correctly with a figure in front ("2 إجابات").
    tn: (key, count, vars) =>
      t(`${key}.${plural().select(count) === 'one' ? 'one' : 'other'}`, { count, ...vars }),
    instrumentTexts: (id) => catalog.instruments[id],
    number: (value, decimals = 1) =>
      new Intl.NumberFormat(info.locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(value),
    date: (iso) => dateFmt().format(new Date(iso)),
    dateTime: (iso) => dateTimeFmt().format(new Date(iso)),
    daysAgo: (days) => relative().format(-days, 'day'),
  };
}

export const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANGUAGE));
export const useI18n = () => useContext(I18nContext);
