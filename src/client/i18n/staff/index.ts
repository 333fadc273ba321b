import { addCatalogs } from '..';
import { staffEn } from './en';
import { reportEn } from './reportEn';
import { reportSv } from './reportSv';
import { staffSv } from './sv';
import { stepsEn } from './stepsEn';
import { stepsSv } from './stepsSv';
import { teamEn } from './teamEn';
import { teamSv } from './teamSv';

// Imported for its effect by the staff and tablet screens: their strings join the catalogs
// when their chunk loads.
addCatalogs({
  sv: { ...staffSv, ...teamSv, ...reportSv, ...stepsSv },
  en: { ...staffEn, ...teamEn, ...reportEn, ...stepsEn },
});
