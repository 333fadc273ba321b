import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { useTeam } from '../../staff/team';
import { itemText } from '../../../shared/instruments/texts';
import { shownInstrument, wordingName } from '../../wording';
import { WordingNote } from '../common/WordingNote';

type Result = Awaited<ReturnType<typeof staffApi.sessionResult>>;
const POLL_MS = 4_000;

/**
 * The group's result for a projector: large, calm, means only (see domain/groupResult), and
 * no staff header, e-mail or sign-out: it is shown to the room. Ratings that arrive later
 * (phones syncing after the session) are added, three at a time.
 */
export function GroupSessionScreen({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, number, lang } = i18n;
  const { team } = useTeam();
  const [data, setData] = useState<Result | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stop = false;
    const poll = () =>
      staffApi.sessionResult(id).then(
        (r) => !stop && (setData(r), setFailed(false)),
        () => !stop && setFailed(true),
      );
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [id]);

  if (!data)
    return failed ? (
      <p class="notice notice--error" role="alert">
        {t('staff.failed')}
      </p>
    ) : (
      <p>{t('app.loading')}</p>
    );
  const { session, result } = data;
  const wordings = team?.wordings ?? [];
  const { texts } = shownInstrument('gsrs', wordings, i18n);
  return (
    <section class="stack projector">
      <a class="no-print" href="#/staff/groups">
        {t('staff.groups')}
      </a>
      <h1>{t('staff.sessionTitle', { group: session.groupName })}</h1>
      <p class="session-code">
        <span class="muted">{t('staff.sessionCode')}</span> <strong>{session.code}</strong>
      </p>
      <p class="muted">{t('staff.sessionHowTo')}</p>
      <p role="status" class="lead">
        {t('staff.answered', { answered: result.answered, members: session.members })}
      </p>
      {!result.shown ? (
        <p class="notice">{t('staff.waitingForThree')}</p>
      ) : (
        <>
          <table class="group-result">
            <caption>{t('staff.groupMean')}</caption>
            <tbody>
              {result.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{itemText(texts, item.id).label}</th>
                  <td class="big">{number(item.mean, 1)}</td>
                </tr>
              ))}
              <tr class="total">
                <th scope="row">{t('staff.total')}</th>
                <td class="big">{number(result.total.mean, 1)}</td>
              </tr>
            </tbody>
          </table>
          <p class="muted">{t('staff.countedNote', { counted: result.counted })}</p>
        </>
      )}
      <WordingNote wording={wordingName(wordings, lang)} licence={team?.licence} />
    </section>
  );
}
