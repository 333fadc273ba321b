import { addCatalogs } from '..';
import { infoEn } from './en';
import { infoSv } from './sv';

// Imported for its effect by the information pages: their strings join the catalogs when
// their chunk loads.
addCatalogs({ sv: infoSv, en: infoEn });
