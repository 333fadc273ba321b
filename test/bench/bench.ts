// `npm run bench`: prints Stegvis' speed and size figures beside their floors and goals.
// Nothing here is asserted: the machines are shared and noisy, so figures are for reading.
import { coachViewFigures } from './coachViews';
import { lighthouseFigures } from './lighthouse';
import { participantAppFigures } from './participantApp';
import { syncIngestFigures } from './syncIngest';
import { teamReportFigures } from './teamReport';

await participantAppFigures();
await lighthouseFigures();
await syncIngestFigures();
await coachViewFigures();
await teamReportFigures();
