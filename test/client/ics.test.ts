import { describe, expect, it } from 'vitest';
import { nextWeekday, weeklyReminderIcs } from '../../src/client/reminder/ics';

const base = {
  summary: 'Skatta i Stegvis',
  description: 'Hur har du haft det? Öppna Stegvis, och skatta; tack.',
  url: 'https://stegvis.example.se/#/rate/ors',
  weekday: 2,
  time: '09:30',
  today: '2026-12-03',
  uid: 'abc@stegvis',
  now: new Date('2026-12-03T08:00:00.123Z'),
};

describe('the weekly calendar reminder', () => {
  it('starts on the next chosen weekday, today included', () => {
    // 3 December 2026 is a Thursday (3); Wednesday (2) is next week, Thursday today.
    expect(nextWeekday('2026-12-03', 2)).toBe('2026-12-09');
    expect(nextWeekday('2026-12-03', 3)).toBe('2026-12-03');
    expect(nextWeekday('2026-12-03', 6)).toBe('2026-12-06');
  });

  it('repeats weekly at a floating local time, with CRLF lines and escaped text', () => {
    const ics = weeklyReminderIcs(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('DTSTART:20261209T093000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE');
    expect(lines).toContain('DTSTAMP:20261203T080000Z');
    expect(lines).toContain(
      'DESCRIPTION:Hur har du haft det? Öppna Stegvis\\, och skatta\\; tack. https://stegvis.example.se/#/rate/ors',
    );
    expect(ics.split('\r\n').filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
    ]);
  });

  it('makes a single reminder for a follow-up day, without a repeat rule', () => {
    const lines = weeklyReminderIcs({ ...base, on: '2027-03-31' }).split('\r\n');
    expect(lines).toContain('DTSTART:20270331T093000');
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = 'ሰሙናዊ መዘኻኸሪ ኣብ ናይ ገዛእ ርእስኻ ዓውደ-ኣዋርሕ ክትውስኽ ትኽእል ኢኻ። ኣብ ተሌፎንካ ጥራይ እዩ ዝጸንሕ።';
    const ics = weeklyReminderIcs({ ...base, description: long });
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${long} ${base.url}`);
  });
});
