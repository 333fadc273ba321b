import * as z from 'zod/mini';
import { tabletGroupSchema } from '../protocol';

/** Groups, their sessions and the projector's result; today's sessions for a phone. */
export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberIds: z.array(z.string()),
  /** Today's session, if started, and how many have answered it (`GET /api/groups` only). */
  today: z.optional(
    z.nullable(z.object({ id: z.string(), code: z.string(), answered: z.number() })),
  ),
});
/** `GET /api/groups` */
export const groupsResponseSchema = z.object({ groups: z.array(groupSchema) });
/** `POST /api/groups`, `PUT /api/groups/:id/members` */
export const groupResponseSchema = z.object({ group: groupSchema });
/** `POST /api/groups/:id/sessions` */
export const sessionStartedSchema = z.object({
  session: z.object({ id: z.string(), code: z.string(), heldOn: z.string() }),
});

/** Means only, from 3 answers, in steps of 3 (domain/groupResult). */
export const groupResultSchema = z.union([
  z.object({ answered: z.number(), counted: z.literal(0), shown: z.literal(false) }),
  z.object({
    answered: z.number(),
    counted: z.number(),
    shown: z.literal(true),
    items: z.array(z.object({ id: z.string(), mean: z.number() })),
    total: z.object({ mean: z.number() }),
  }),
]);
export type GroupResult = z.infer<typeof groupResultSchema>;
/** `GET /api/group-sessions/:id/result` */
export const sessionResultSchema = z.object({
  session: z.object({
    id: z.string(),
    code: z.string(),
    heldOn: z.string(),
    groupName: z.string(),
    members: z.number(),
  }),
  result: groupResultSchema,
});
/** `GET /api/group-sessions/today`: a phone's groups meeting today. */
export const todaySessionsSchema = z.object({
  sessions: z.array(z.object({ code: z.string(), groupName: z.string(), heldOn: z.string() })),
});
/** `POST /api/groups/:id/tablet`: the tablet's own token and its group. */
export const tabletUnlockedSchema = z.object({
  ...tabletGroupSchema.shape,
  tabletId: z.string(),
  token: z.string(),
});
export type TabletCredential = z.infer<typeof tabletUnlockedSchema>;
