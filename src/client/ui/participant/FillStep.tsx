import { useEffect, useRef } from 'preact/hooks';
import type { InstrumentDefinition } from '../../../shared/instruments/definition';
import { itemText, type InstrumentTexts } from '../../../shared/instruments/texts';
import { GOAL_MAX_LENGTH } from '../../../shared/rating';
import { useI18n } from '../../i18n';
import { VasLine } from '../common/VasLine';
import { SpeechBar } from '../common/SpeakButton';

export interface FillProblems {
  missing: string[];
  goal: boolean;
  sessionCode?: boolean;
}

interface Props {
  def: InstrumentDefinition;
  texts: InstrumentTexts;
  values: Record<string, number | null>;
  goal: string;
  problems: FillProblems | null;
  onValue(itemId: string, value: number): void;
  onGoal(goal: string): void;
  sessionCode: string;
  onSessionCode(code: string): void;
  onNext(): void;
  onCancel(): void;
}

/** All items on one page, like the paper form; a kind summary when something is missing. */
export function FillStep(props: Props) {
  const { def, texts, values, goal, problems, onValue, onGoal, onNext, onCancel } = props;
  const { t, tn } = useI18n();
  const summaryRef = useRef<HTMLDivElement>(null);
  const count = problems
    ? problems.missing.length + (problems.goal ? 1 : 0) + (problems.sessionCode ? 1 : 0)
    : 0;

  useEffect(() => {
    if (count > 0) summaryRef.current?.focus();
  }, [problems]);

  const itemLabel = (id: string) => itemText(texts, id).label;

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <h1>{texts.title}</h1>
      <p class="lead">{texts.prompt}</p>
      <p class="muted">{t('form.intro')}</p>
      <SpeechBar text={`${texts.title}. ${texts.prompt}. ${t('form.intro')}`} />

      {count > 0 && (
        <div class="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2 class="notice-title">{tn('form.missingTitle', count)}</h2>
          <ul>
            {problems!.sessionCode && (
              <li>
                <a href="#session-code" onClick={(e) => focusById(e, 'session-code')}>
                  {t('form.sessionCodeInvalid')}
                </a>
              </li>
            )}
            {problems!.goal && (
              <li>
                <a href="#goal" onClick={(e) => focusById(e, 'goal')}>
                  {t('form.goalMissing')}
                </a>
              </li>
            )}
            {problems!.missing.map((id) => (
              <li key={id}>
                <a href={`#item-${id}`} onClick={(e) => focusById(e, `item-${id}`)}>
                  {t('form.missingItem', { item: itemLabel(id) })}
                </a>
              </li>
            ))}
          </ul>
          <p>{t(helpKey(problems!))}</p>
        </div>
      )}

      {def.ownGoal && (
        <div class="field">
          <label for="goal">{t('goal.label')}</label>
          <p class="muted" id="goal-hint">
            {t('goal.hint')}
          </p>
          <input
            id="goal"
            type="text"
            value={goal}
            maxLength={GOAL_MAX_LENGTH}
            aria-describedby="goal-hint"
            aria-invalid={problems?.goal ? 'true' : undefined}
            onInput={(e) => onGoal(e.currentTarget.value)}
          />
        </div>
      )}

      {def.groupSession && (
        <div class="field">
          <label for="session-code">{t('form.sessionCode')}</label>
          <p class="muted" id="session-code-hint">
            {t('form.sessionCodeHint')}
          </p>
          <input
            id="session-code"
            type="text"
            class="code-input"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={10}
            aria-describedby="session-code-hint"
            aria-invalid={problems?.sessionCode ? 'true' : undefined}
            value={props.sessionCode}
            onInput={(e) => props.onSessionCode(e.currentTarget.value)}
          />
        </div>
      )}

      {def.items.map((item) => (
        <VasLine
          key={item.id}
          id={`item-${item.id}`}
          label={itemLabel(item.id)}
          hint={itemText(texts, item.id).hint}
          low={texts.anchors.low}
          high={texts.anchors.high}
          scale={def.response}
          value={values[item.id] ?? null}
          onChange={(v) => onValue(item.id, v)}
          error={
            problems?.missing.includes(item.id)
              ? t('form.missingItem', { item: itemLabel(item.id) })
              : undefined
          }
        />
      ))}

      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('form.next')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Help that fits what is missing: how to mark a line, what a goal is, or both. */
function helpKey(p: FillProblems) {
  const other = p.goal || p.sessionCode;
  if (p.missing.length && other) return 'form.missingAllHelp';
  if (p.goal) return 'form.goalMissingHelp';
  return p.missing.length ? 'form.missingHelp' : 'form.missingAllHelp';
}

/**
 * In-page links move focus to their field, not only the scroll position, and never change the
 * hash: the app's routes live in the hash, so "#goal" would read as leaving the form.
 */
function focusById(e: Event, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}
