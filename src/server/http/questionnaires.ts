import { Hono } from 'hono';
import { loadPackSchema, packListSchema } from '../../shared/questionnaire';
import { requireStaff } from '../auth/staffSessions';
import { loadPack, packsFor, retirePack } from '../questionnaires/packs';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';

/**
 * Questionnaire packs, loaded by a team admin for the team (`/api/team/questionnaires`) or by
 * an organisation account for all of its teams (`/api/organisation/questionnaires`), each with
 * the licence basis it is used on.
 */
export function questionnaireRoutes(deps: Deps, role: 'admin' | 'organisation') {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  app.get('/', requireStaff(deps, role === 'admin' ? undefined : role), async (c) =>
    reply(c, packListSchema, { packs: await packsFor(store, c.get('staff').teamId) }),
  );
  app.put('/', requireStaff(deps, role), async (c) => {
    const input = await readJson(c, loadPackSchema);
    const { teamId, id } = c.get('staff');
    const refused = await loadPack(store, teamId, input, id, deps.now());
    if (refused)
      return apiError(
        c,
        409,
        'conflict',
        'Participants have answered this pack: its questions stay as they are. Load the new version under a new id.',
        [{ path: 'pack.id', message: 'answered already' }],
      );
    return reply(c, packListSchema, { packs: await packsFor(store, teamId) });
  });
  app.delete('/:packId', requireStaff(deps, role), async (c) => {
    const { teamId } = c.get('staff');
    if (!(await retirePack(store, teamId, c.req.param('packId'), deps.now())))
      return apiError(c, 404, 'not_found', 'No such pack loaded here.');
    return reply(c, packListSchema, { packs: await packsFor(store, teamId) });
  });
  return app;
}
