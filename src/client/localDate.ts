import { localDay } from '../domain/localDay';

/**
 * Today's date for the team (YYYY-MM-DD): the day in Stockholm, as the server counts it,
 * not the phone's own time zone nor UTC. At 00:30 in Sweden it is already tomorrow, and a
 * phone set to another zone must still see today's group session the server dated today.
 */
export function localToday(now = new Date()): string {
  return localDay(now.toISOString());
}
