import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, readDraft, saveDraft, type Draft } from '../../storage/drafts';

export type DraftFields = Omit<Draft, 'savedAt'>;

/**
 * Keeps the form's state as a draft while it changes (a short pause first, so typing is not
 * a write per key), and offers an earlier draft back once. `form` names the instrument and,
 * for a GSRS, its group session; `enabled` is false on a shared tablet.
 */
export function useDraft(form: string, fields: DraftFields, dirty: boolean, enabled: boolean) {
  const [offer, setOffer] = useState<Draft | null>(null);
  const decided = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    readDraft(form).then(
      (d) => !decided.current && setOffer(d),
      () => {},
    );
  }, [form, enabled]);
  useEffect(() => {
    // While an earlier draft is offered, keep it: the participant has not chosen yet.
    if (!enabled || !dirty || offer) return;
    const timer = setTimeout(() => {
      void saveDraft(form, { ...fields, savedAt: new Date().toISOString() }).catch(() => {});
    }, 300);
    return () => clearTimeout(timer);
  }, [form, enabled, dirty, offer, JSON.stringify(fields)]);

  return {
    offer,
    /** The participant chose: take the draft back (`resume`) or start again. */
    decide(resume: boolean): Draft | null {
      decided.current = true;
      const draft = offer;
      setOffer(null);
      if (!resume) void clearDraft(form).catch(() => {});
      return resume ? draft : null;
    },
    /** The form was saved or cancelled: nothing is left to continue. */
    discard() {
      decided.current = true;
      setOffer(null);
      void clearDraft(form).catch(() => {});
    },
  };
}
