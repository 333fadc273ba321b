/**
 * A weekly reminder (or, for a follow-up, a single one) as an iCalendar file (RFC 5545) the participant adds to their own
 * calendar: made on the phone, offline, with no push service in between. The time is
 * "floating" (no time zone), so it stays 10:00 wherever the phone is and across summer time.
 */
export interface WeeklyReminder {
  summary: string;
  description: string;
  /** Where the reminder leads: the team's own Stegvis. */
  url: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** A single reminder on this day (YYYY-MM-DD) instead of a weekly one: a follow-up. */
  on?: string;
  /** HH:MM, local. */
  time: string;
  /** Today, YYYY-MM-DD: the first reminder is the next such weekday from today. */
  today: string;
  uid: string;
  /** Now, for DTSTAMP (UTC). */
  now: Date;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
const text = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets fold with CRLF + space, never inside a UTF-8 character. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    const limit = out.length === 0 ? 75 : 74;
    if (bytes.encode(current + ch).length > limit) {
      out.push(current);
      current = ch;
    } else current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The first day on or after `today` that is `weekday` (0 = Monday). */
export function nextWeekday(today: string, weekday: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  const current = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() + ((weekday - current + 7) % 7));
  return d.toISOString().slice(0, 10);
}

export function weeklyReminderIcs(r: WeeklyReminder): string {
  const day = (r.on ?? nextWeekday(r.today, r.weekday)).replace(/-/g, '');
  const time = `${r.time.replace(':', '')}00`;
  const stamp = r.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stegvis//Reminder//SV',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${r.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${day}T${time}`,
    'DURATION:PT10M',
    ...(r.on ? [] : [`RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[r.weekday]}`]),
    `SUMMARY:${text(r.summary)}`,
    `DESCRIPTION:${text(`${r.description} ${r.url}`)}`,
    `URL:${r.url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(r.summary)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
