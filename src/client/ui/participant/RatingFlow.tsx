import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { InstrumentId } from '../../../shared/instruments/definition';
import { GROUP_SESSION_CODE, normalizeShortCode } from '../../../shared/codes';
import type { RatingFact } from '../../../shared/rating';
import { missingItems } from '../../../domain/scoring';
import { getMeta, saveFact, setMeta } from '../../storage/facts';
import { requestPersistentStorage } from '../../storage/persist';
import { newRating } from '../../newFacts';
import { NEUTRAL_WORDING, usePhoneInstrument } from '../../wording';
import { WordingNote } from '../common/WordingNote';
import { StorageErrorMessage } from '../common/StorageErrorMessage';
import { FillStep, type FillProblems } from './FillStep';
import { ReviewStep } from './ReviewStep';
import { SavedStep } from './SavedStep';
import { DraftOffer } from './DraftOffer';
import { useDraft } from './useDraft';
import { SpeechContext } from '../common/SpeakButton';
import { useSpeech } from '../common/speech';
import { useI18n } from '../../i18n';

type Step = 'fill' | 'review' | 'saved';
const LAST_GOAL = 'lastGoal';

export interface RatingFlowProps {
  instrumentId: InstrumentId;
  onHome(): void;
  /** Tells the app a half-filled form is open, so an update never reloads it away. */
  onDirty(dirty: boolean): void;
  /** The group session this GSRS is about, from "Rate today's group session". */
  groupSession?: string;
  /**
   * On a shared tablet: where the rating goes instead of this phone's own store, and what
   * follows the save instead of the "saved" screen (the next member's turn).
   */
  tablet?: { save(fact: RatingFact): Promise<void>; onSaved(): void };
}

/** Fill → review → saved, for any instrument definition. */
export function RatingFlow({
  instrumentId,
  onHome,
  onDirty,
  groupSession,
  tablet,
}: RatingFlowProps) {
  const { def, texts, wording, licence } = usePhoneInstrument(instrumentId);
  const speech = useSpeech(useI18n().info);
  const [step, setStep] = useState<Step>('fill');
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [goal, setGoal] = useState('');
  const [sessionCode, setSessionCode] = useState(groupSession ?? '');
  const [note, setNote] = useState('');
  const [noteShared, setNoteShared] = useState(false);
  const [problems, setProblems] = useState<FillProblems | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [savedId, setSavedId] = useState<string | null>(null);

  const dirty = step !== 'saved' && (Object.keys(values).length > 0 || note !== '');
  // Layout effect: the app knows before the next paint, so a quick tap on a link never
  // meets a stale "form open" and asks for nothing.
  useLayoutEffect(() => onDirty(dirty), [dirty]);
  useEffect(() => () => onDirty(false), []);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
  useEffect(() => {
    if (def.ownGoal)
      getMeta<string>(LAST_GOAL).then(
        (g) => g && setGoal((cur) => cur || g),
        () => {},
      );
  }, [def.ownGoal]);
  useEffect(() => scrollTo?.(0, 0), [step]);
  const draft = useDraft(
    `${instrumentId}${groupSession ? `/${groupSession}` : ''}`,
    { values, goal, note, noteShared, sessionCode },
    dirty,
    !tablet,
  );
  const resume = (yes: boolean) => {
    const d = draft.decide(yes);
    if (!d) return;
    setValues(d.values);
    setGoal(d.goal);
    setNote(d.note);
    setNoteShared(d.noteShared);
    setSessionCode(d.sessionCode);
  };

  const next = () => {
    const found = {
      missing: missingItems(def, values),
      goal: def.ownGoal && !goal.trim(),
      sessionCode:
        !!def.groupSession &&
        !!sessionCode.trim() &&
        !GROUP_SESSION_CODE.test(normalizeShortCode(sessionCode)),
    };
    if (found.missing.length || found.goal || found.sessionCode) return setProblems(found);
    setProblems(null);
    setStep('review');
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    const code =
      def.groupSession && sessionCode.trim() ? normalizeShortCode(sessionCode) : undefined;
    const rating = newRating({
      def,
      wording,
      values: values as Record<string, number>,
      goal,
      note,
      noteShared,
      groupSession: code,
      provenance: tablet ? 'shared_tablet' : 'participant_device',
    });
    try {
      if (tablet) {
        await tablet.save(rating);
        onDirty(false);
        return tablet.onSaved();
      }
      await saveFact(rating);
      draft.discard();
      setSavedId(rating.id);
      setStep('saved');
      if (def.ownGoal) setMeta(LAST_GOAL, goal.trim()).catch(() => {});
      requestPersistentStorage();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  // Leaving goes through the route guard, which asks before a half-filled form is dropped;
  // "Avbryt" is a choice to drop it, so no draft is offered later.
  const cancel = () => {
    draft.discard();
    onHome();
  };

  // Our neutral wording is explained once, under "Om frågorna" on the home screen; a team's
  // licensed wording is named on the form itself, as its licence asks.
  const wordingNote = wording !== NEUTRAL_WORDING && (
    <WordingNote wording={wording} licence={licence} />
  );
  if (step === 'saved' && savedId) return <SavedStep ratingId={savedId} onHome={onHome} />;
  if (step === 'review')
    return (
      <SpeechContext.Provider value={speech}>
        {error !== null && <StorageErrorMessage error={error} onRetry={save} />}
        <ReviewStep
          def={def}
          texts={texts}
          values={values as Record<string, number>}
          goal={goal.trim()}
          note={note}
          saving={saving}
          onNote={setNote}
          noteShared={noteShared}
          onNoteShared={setNoteShared}
          onEdit={() => setStep('fill')}
          onSave={save}
        />
        {wordingNote}
      </SpeechContext.Provider>
    );
  return (
    <SpeechContext.Provider value={speech}>
      {draft.offer && (
        <DraftOffer title={texts.title} savedAt={draft.offer.savedAt} onChoose={resume} />
      )}
      <FillStep
        def={def}
        texts={texts}
        values={values}
        goal={goal}
        problems={problems}
        onValue={(id, v) => {
          setValues((cur) => ({ ...cur, [id]: v }));
          if (problems)
            setProblems({ ...problems, missing: problems.missing.filter((m) => m !== id) });
        }}
        onGoal={setGoal}
        sessionCode={sessionCode}
        onSessionCode={setSessionCode}
        onNext={next}
        onCancel={cancel}
      />
      {wordingNote}
    </SpeechContext.Provider>
  );
}
