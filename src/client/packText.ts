import type { Language } from '../shared/language';

/** A pack's text in the reader's language, else in Swedish (the form then says so). */
export const packText = (text: Partial<Record<Language, string>>, lang: Language) =>
  text[lang] ?? text.sv!;
