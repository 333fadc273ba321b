// `npm run bench`: prints Stegvis' speed and size figures beside their floors and goals.
// Nothing here is asserted: the machines are shared and noisy, so figures are for reading.
import { coachViewFigures } from './coachViews';
import { lighthouseFigures } from './lighthouse';
import { participantAppFigures } from './participantApp';
import { syncIngestFigures } from './syncIngest';
import { teamReportFigures } from './teamReport';

// The servers the bench runs in its own process (Lighthouse's, the coach views') log nothing,
// so the figures are readable; the ingest server, its own process, logs as deployed.
process.env.LOG_LEVEL ??= 'silent';

await participantAppFigures();
await lighthouseFigures();
await syncIngestFigures();
await coachViewFigures();
await teamReportFigures();
