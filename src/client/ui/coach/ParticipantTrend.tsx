import { INSTRUMENT_ORDER } from '../../../shared/instruments/catalog';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InstrumentId } from '../../../shared/instruments/definition';
import { INSTRUMENTS } from '../../../shared/instruments';
import { alertsFor } from '../../../domain/alerts';
import { foldHistory, type RatingView } from '../../../domain/history';
import { ageInYear, teamOrsCutoff } from '../../../domain/thresholds';
import { useI18n } from '../../i18n';
import { staffApi, StaffApiError, type CoachNote, type ParticipantRow } from '../../staff/api';
import { loadTeam, type TeamInfo } from '../../staff/team';
import { shownInstrument, wordingName } from '../../wording';
import { WordingNote } from '../common/WordingNote';
import { AlertsPanel } from './AlertsPanel';
import { ResponsibleCoaches } from './ResponsibleCoaches';
import type { Acknowledgement } from '../../../shared/responses/participants';
import type { ExpectedCourse } from './CourseNote';
import { CoachNotes } from './CoachNotes';
import { InstrumentTrend } from './InstrumentTrend';
import { Devices } from './Devices';
import { IntakeExit } from './IntakeExit';
import { WorkSteps } from './WorkSteps';

const ORDER: readonly InstrumentId[] = INSTRUMENT_ORDER;

/** One participant over time, for the conversation: charts with guide lines, and tables. */
export function ParticipantTrend({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, date, lang } = i18n;
  const [team, setTeam] = useState<TeamInfo | null>(null);
  const [participant, setParticipant] = useState<ParticipantRow | null>(null);
  const [views, setViews] = useState<RatingView[] | null>(null);
  const [acknowledgements, setAcknowledgements] = useState<Acknowledgement[]>([]);
  const [notes, setNotes] = useState<CoachNote[]>([]);
  const [course, setCourse] = useState<ExpectedCourse | null>(null);
  // Acknowledging a signal or changing coaches writes to the history shown further down.
  const [historyVersion, setHistoryVersion] = useState(0);
  const [error, setError] = useState<'notFound' | 'failed' | null>(null);

  useEffect(() => {
    Promise.all([
      staffApi.participant(id),
      staffApi.ratings(id),
      loadTeam(),
      staffApi.acknowledgements(id),
      staffApi.coachNotes(id),
      // The course only adds to the trend: without it the page still works.
      staffApi.expectedCourse().catch(() => null),
    ]).then(
      ([p, facts, info, acks, notes, course]) => {
        setCourse(course);
        setTeam(info);
        setParticipant(p);
        setViews(foldHistory(facts));
        setAcknowledgements(acks);
        setNotes(notes);
      },
      (e) => setError(e instanceof StaffApiError && e.status === 404 ? 'notFound' : 'failed'),
    );
  }, [id]);

  const cutoff = useMemo(
    () =>
      participant && team
        ? teamOrsCutoff(
            INSTRUMENTS.ors,
            team.settings,
            ageInYear(participant.birthYear, new Date()),
          )
        : 25,
    [participant, team],
  );
  const alerts = useMemo(
    () => (views && team ? alertsFor(views, team.settings, cutoff, course?.bands) : []),
    [views, cutoff, team, course],
  );

  const noteDays = useMemo(() => notes.map((n) => n.sessionDate), [notes]);

  if (error)
    return (
      <div class="stack">
        <p class="notice notice--error" role="alert">
          {t(error === 'notFound' ? 'staff.notFound' : 'staff.failed')}
        </p>
        <a href="#/staff">{t('staff.back')}</a>
      </div>
    );
  if (!participant || !views || !team) return <p>{t('app.loading')}</p>;
  const present = ORDER.filter((i) => views.some((v) => !v.withdrawn && v.rating.instrument === i));

  return (
    <article class="stack trend">
      <a class="no-print" href="#/staff">
        {t('staff.back')}
      </a>
      <h1>
        {t('staff.trendTitle', { code: participant.code })}
        {participant.displayName && <span class="muted"> {participant.displayName}</span>}
      </h1>
      <p>
        {t('staff.intake', { date: date(participant.intakeDate), year: participant.birthYear })}
      </p>
      <ResponsibleCoaches
        participant={participant}
        team={team}
        onChanged={(p) => {
          setParticipant(p);
          setHistoryVersion((v) => v + 1);
        }}
      />
      <div class="actions no-print">
        <button type="button" class="button button--small" onClick={() => print()}>
          {t('staff.print')}
        </button>
        <a href={`#/staff/p/${participant.id}/extract`}>{t('staff.extractLink')}</a>
        <a href={`#/staff/p/${participant.id}/journey`}>{t('journey.link')}</a>
      </div>
      <AlertsPanel
        participantId={participant.id}
        alerts={alerts}
        acknowledgements={acknowledgements}
        onAcknowledged={(a) => {
          setAcknowledgements((cur) => [...cur, a]);
          setHistoryVersion((v) => v + 1);
        }}
      />
      {present.length === 0 && <p>{t('staff.noRatings')}</p>}
      {/* Charts first, side by side on a wide screen, so ORS and SRS read together. */}
      <div class="trend-grid">
        {present.map((i) => (
          <InstrumentTrend
            key={i}
            shown={shownInstrument(i, team.wordings, i18n)}
            views={views}
            cutoff={cutoff}
            settings={team.settings}
            noteDays={noteDays}
            course={i === 'ors' ? course : null}
          />
        ))}
      </div>
      <CoachNotes
        participantId={participant.id}
        notes={notes}
        onAdded={(n) =>
          setNotes((cur) => [...cur, n].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)))
        }
      />
      {/* Both folded, side by side on a wide screen: the trend stays about two screens. */}
      <div class="fold-row">
        <IntakeExit
          participant={participant}
          onChanged={setParticipant}
          historyVersion={historyVersion}
        />
        <WorkSteps
          participant={participant}
          settings={team.settings}
          onChanged={(p) => {
            if (p) setParticipant(p);
            setHistoryVersion((v) => v + 1);
          }}
        />
      </div>
      <Devices participantId={participant.id} active={!participant.exitDate} />
      <WordingNote wording={wordingName(team.wordings, lang)} licence={team.licence} />
    </article>
  );
}
