import type { WeeklyReminder } from './ics';

/**
 * Makes the calendar file on the phone and hands it to the phone's calendar as a download.
 * The builder loads when asked for (precached, so offline too): the first load stays small.
 */
export async function downloadReminder(
  reminder: Omit<WeeklyReminder, 'uid' | 'now' | 'url'>,
): Promise<void> {
  const { weeklyReminderIcs } = await import('./ics');
  const ics = weeklyReminderIcs({
    ...reminder,
    url: `${location.origin}/#/`,
    uid: `${crypto.randomUUID()}@stegvis`,
    now: new Date(),
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  link.download = 'stegvis-paminnelse.ics';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
