/** The teams are Swedish: a rating's day is the day in Stockholm, not in UTC. */
const TEAM_TIME_ZONE = 'Europe/Stockholm';
const dayFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TEAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Stockholm is UTC+1 or +2, so between 03:00 and 21:59 UTC the UTC date is already the
 * local one; only the hours around midnight need the (slow) time-zone conversion.
 */
export function localDay(iso: string): string {
  // The hour's two digits, read without making a string: a report reads tens of thousands.
  const hour = (iso.charCodeAt(11) - 48) * 10 + (iso.charCodeAt(12) - 48);
  return hour >= 3 && hour < 22 ? iso.slice(0, 10) : dayFormat.format(new Date(iso));
}
