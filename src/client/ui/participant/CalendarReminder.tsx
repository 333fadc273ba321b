import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { localToday } from '../../localDate';
import { downloadReminder } from '../../reminder/download';

/**
 * A weekly reminder in the participant's own calendar, instead of notifications: Stegvis
 * uses no push service (Web Push goes through the browser makers' servers). The file is
 * made on the phone and works offline.
 */
export function CalendarReminder() {
  const { t, info } = useI18n();
  const [weekday, setWeekday] = useState(0);
  const [time, setTime] = useState('10:00');
  const [made, setMade] = useState(false);
  // Monday 5 January 2026 + n days: the weekday names in the reader's language, from one
  // formatter (each toLocaleDateString call would make its own, slowly, on the home screen).
  const dayNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(info.locale, { weekday: 'long', timeZone: 'UTC' });
    return [0, 1, 2, 3, 4, 5, 6].map((n) => format.format(new Date(Date.UTC(2026, 0, 5 + n, 12))));
  }, [info.locale]);

  const download = async (e: Event) => {
    e.preventDefault();
    await downloadReminder({
      summary: t('reminder.summary'),
      description: t('reminder.description'),
      weekday,
      time: /^\d{2}:\d{2}$/.test(time) ? time : '10:00',
      today: localToday(),
    });
    setMade(true);
  };

  return (
    <details class="stack reminder">
      <summary>{t('reminder.title')}</summary>
      <form class="stack" onSubmit={(e) => void download(e)}>
        <p>{t('reminder.lead')}</p>
        <div class="field">
          <label for="reminder-day">{t('reminder.day')}</label>
          <select
            id="reminder-day"
            value={weekday}
            onChange={(e) => setWeekday(Number(e.currentTarget.value))}
          >
            {dayNames.map((name, n) => (
              <option key={n} value={n}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="reminder-time">{t('reminder.time')}</label>
          <input
            id="reminder-time"
            type="time"
            value={time}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button">
          {t('reminder.download')}
        </button>
        {made && <p role="status">{t('reminder.done')}</p>}
      </form>
    </details>
  );
}
