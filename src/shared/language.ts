import * as z from 'zod/mini';

/** Languages Stegvis ships. Swedish is the default everywhere. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export const languageSchema = z.enum(LANGUAGES);

/** A text in every shipped language; instrument definitions must be complete in both. */
export const localizedTextSchema = z.strictObject({
  sv: z.string().check(z.trim(), z.minLength(1), z.maxLength(400)),
  en: z.string().check(z.trim(), z.minLength(1), z.maxLength(400)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
