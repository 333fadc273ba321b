import type { Language } from '../../../shared/language';
import { addCatalogs } from '..';
import { infoEn } from './en';
import { infoSv } from './sv';

// Imported for its effect by the information pages: their strings join the catalogs when
// their chunk loads.
addCatalogs({ sv: infoSv, en: infoEn });

/** The languages these pages are written in (easy-read readers get the easy-read notice). */
export const INFO_LANGUAGES: readonly Language[] = ['sv', 'sv-x-lattlast', 'en'];
