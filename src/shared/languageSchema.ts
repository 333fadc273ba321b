import * as z from 'zod/mini';
import { LANGUAGES, STAFF_LANGUAGES } from './language';

// Apart from the language list, which the participant's first screen needs without zod.
export const languageSchema = z.enum(LANGUAGES);
export const staffLanguageSchema = z.enum(STAFF_LANGUAGES);
