import { Hono } from 'hono';
import * as z from 'zod/mini';
import { CsvImportError, importRatingsCsv } from '../csv/importRatings';
import { csvImportResponseSchema } from '../../shared/responses/staff';
import { requireStaff } from '../auth/staffSessions';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/** A CSV file is larger than any other body: its own limit (see app.ts). */
export const CSV_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

const csvUploadSchema = z.strictObject({
  csv: z.string().check(z.minLength(1), z.maxLength(CSV_BODY_LIMIT_BYTES)),
});

/**
 * The admin's import screen (`/api/team/import`): `check` runs the whole import and rolls
 * it back, so the preview lists every problem, every warning and what would be added;
 * `run` imports all of it or nothing. Problems come as codes with their values, so the
 * screen says them in the admin's language.
 */
export function csvImportRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireStaff(deps, 'admin'));

  const attempt = async (csv: string, teamId: string, dryRun: boolean) => {
    try {
      const summary = await importRatingsCsv(deps.store, teamId, csv, deps.now(), { dryRun });
      return { ok: true as const, problems: [], warnings: summary.warnings, summary };
    } catch (error) {
      if (!(error instanceof CsvImportError)) throw error;
      return { ok: false as const, problems: error.problems, warnings: [], summary: null };
    }
  };

  app.post('/check', async (c) => {
    const { csv } = await readJson(c, csvUploadSchema);
    return reply(c, csvImportResponseSchema, await attempt(csv, c.get('staff').teamId, true));
  });

  app.post('/run', async (c) => {
    const { csv } = await readJson(c, csvUploadSchema);
    const result = await attempt(csv, c.get('staff').teamId, false);
    if (!result.ok)
      return apiError(
        c,
        400,
        'validation_failed',
        'The file has problems; nothing was stored.',
        result.problems,
      );
    return reply(c, csvImportResponseSchema, result);
  });

  return app;
}
