// `npm run bench`: prints Stegvis' speed and size figures beside their floors. Nothing here
// is asserted: the machines are shared and noisy, so figures are for reading.
import { coachViewFigures } from './bench/coachViews';
import { participantAppFigures } from './bench/participantApp';
import { syncIngestFigures } from './bench/syncIngest';
import { teamReportFigures } from './bench/teamReport';

await participantAppFigures();
await syncIngestFigures();
await coachViewFigures();
await teamReportFigures();
