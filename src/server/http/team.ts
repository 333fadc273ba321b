import { Hono } from 'hono';
import * as z from 'zod/mini';
import { languageSchema } from '../../shared/languageSchema';
import { licenceSchema, teamSettingsChangeSchema } from '../../shared/team';
import { requireStaff } from '../auth/staffSessions';
import {
  parseWordingFile,
  readTeamSettings,
  saveTeamSettings,
  saveWording,
  wordingsOf,
} from '../teams/settings';
import { reportingFor } from '../reports/outside';
import {
  licenceResponseSchema,
  settingsResponseSchema,
  teamInfoSchema,
  wordingResponseSchema,
} from '../../shared/responses/staff';
import { teamExport } from '../teams/exportTeam';
import { teamArchiveChunks } from '../teams/teamArchive';
import { logTeamRead } from '../teams/accessLog';
import { erasureRoutes } from './erasures';
import { accessLogRoutes } from './accessLog';
import { csvImportRoutes } from './csvImport';
import { questionnaireRoutes } from './questionnaires';
import { storedCourse } from '../teams/storedSummaries';
import { COURSE_MIN_AT_SESSION, COURSE_MIN_PARTICIPANTS } from '../../domain/expectedCourse';
import { expectedCourseResponseSchema } from '../../shared/responses/participants';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/**
 * The team's own settings, licence basis and licensed wording. Every staff member reads them
 * (the alerts and charts use them); only a team admin changes them.
 */
export function teamRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const admin = requireStaff(deps, 'admin');

  app.get('/', requireStaff(deps), async (c) => {
    const teamId = c.get('staff').teamId;
    const team = await store.db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('id', '=', teamId)
      .executeTakeFirstOrThrow();
    return reply(c, teamInfoSchema, {
      team,
      ...(await readTeamSettings(store, teamId)),
      wordings: await wordingsOf(store, teamId),
      // Whose reporting year the team's reports to its steering group follow.
      reporting: await reportingFor(store, teamId),
      coaches: await store.db
        .selectFrom('users')
        .select(['id', 'email'])
        .where('team_id', '=', teamId)
        .where('role', 'in', ['coach', 'admin'])
        .orderBy('email')
        .execute(),
    });
  });

  // The team's own expected course, for the trend and the "under the usual course" signal.
  app.get('/expected-course', requireStaff(deps), async (c) =>
    reply(c, expectedCourseResponseSchema, {
      minimumParticipants: COURSE_MIN_PARTICIPANTS,
      minimumAtSession: COURSE_MIN_AT_SESSION,
      bands: (await storedCourse(store, c.get('staff').teamId)).bands,
    }),
  );

  app.patch('/settings', admin, async (c) => {
    const change = await readJson(c, teamSettingsChangeSchema);
    const { teamId, id } = c.get('staff');
    const settings = await saveTeamSettings(store, teamId, { settings: change }, id, deps.now());
    return reply(c, settingsResponseSchema, { settings });
  });

  app.put('/licence', admin, async (c) => {
    const licence = await readJson(c, licenceSchema);
    const { teamId, id } = c.get('staff');
    await saveTeamSettings(store, teamId, { licence }, id, deps.now());
    return reply(c, licenceResponseSchema, { licence });
  });

  app.put('/wordings/:language', admin, async (c) => {
    const language = languageSchema.safeParse(c.req.param('language'));
    if (!language.success) return apiError(c, 404, 'not_found', 'Stegvis has no such language.');
    const file = parseWordingFile(await readJson(c, z.unknown()));
    if (file.language !== language.data)
      return apiError(c, 400, 'validation_failed', 'The file is for another language.', [
        { path: 'language', message: `expected ${language.data}` },
      ]);
    const { teamId, id } = c.get('staff');
    await saveWording(store, teamId, file, id, deps.now());
    return reply(c, wordingResponseSchema, { wording: file });
  });

  app.delete('/wordings/:language', admin, async (c) => {
    const { teamId } = c.get('staff');
    await store.db
      .deleteFrom('team_wordings')
      .where('team_id', '=', teamId)
      .where('language', '=', c.req.param('language'))
      .execute();
    return c.body(null, 204);
  });

  // The team's complete data as an archive (team.json and CSV), for the team admin: no
  // lock-in. Every participant in it gets an 'export' line in the access log. The archive
  // is sent as it is written (teamArchiveChunks), so phones are answered meanwhile.
  app.get('/export', admin, async (c) => {
    const staff = c.get('staff');
    const data = await teamExport(store, staff.teamId, deps.now());
    await logTeamRead(
      store,
      staff.id,
      data.participants.map((p) => p.id),
      'export',
      deps.now(),
    );
    c.get('log').info({ event: 'team_exported', participants: data.participants.length });
    const day = deps.now().toISOString().slice(0, 10);
    const archive = ReadableStream.from(teamArchiveChunks(data));
    return c.body(archive, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="stegvis-export-${day}.zip"`,
    });
  });

  app.route('/erasures', erasureRoutes(deps));
  app.route('/access-log', accessLogRoutes(deps));
  app.route('/import', csvImportRoutes(deps));
  app.route('/questionnaires', questionnaireRoutes(deps, 'admin'));
  return app;
}
