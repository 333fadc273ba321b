import { useRef } from 'preact/hooks';
import type { ResponseScale } from '../../../shared/instruments/definition';
import { isStepKey, positionToValue, valueAfterKey, valueToFraction } from '../../../domain/vas';
import { useI18n } from '../../i18n';
import { SpeakButton } from './SpeakButton';

export interface VasLineProps {
  id: string;
  label: string;
  hint?: string;
  low: string;
  high: string;
  scale: ResponseScale;
  value: number | null;
  onChange(value: number): void;
  /** A message shown and announced with the item, e.g. that it is not marked yet. */
  error?: string;
}

/**
 * The paper line on a screen: tap or drag anywhere to place and move the mark. On the
 * visual-analog line no number is shown while marking (it appears on the review step);
 * a 0–10 step scale shows its numbers under their marks, inside the line's touch area, so
 * tapping a number chooses it. Keyboard and screen reader use the ARIA slider pattern.
 * Right to left the line is mirrored (see domain/vas): 0 stays at the "low" anchor.
 */
export function VasLine(props: VasLineProps) {
  const { id, scale, value, onChange } = props;
  const { t, number, info } = useI18n();
  const dir = info.dir;
  const lineRef = useRef<HTMLSpanElement>(null);
  const dragging = useRef(false);
  const steps = scale.kind === 'steps';

  const place = (clientX: number) => {
    const box = lineRef.current?.getBoundingClientRect();
    if (!box) return;
    const next = positionToValue(clientX, box.left, box.width, scale, dir);
    if (next !== value) onChange(next);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    dragging.current = true;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    (e.currentTarget as HTMLElement).focus();
    place(e.clientX);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current) place(e.clientX);
  };
  const onPointerEnd = () => {
    dragging.current = false;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isStepKey(e.key)) return;
    e.preventDefault();
    onChange(valueAfterKey(value, e.key, scale, dir));
  };

  const decimals = steps ? 0 : 1;
  const valueText =
    value === null ? t('vas.unmarked') : t('vas.valueText', { value: number(value, decimals) });
  const describedBy = [props.error && `${id}-error`, props.hint && `${id}-hint`, `${id}-anchors`]
    .filter(Boolean)
    .join(' ');

  return (
    <div class={`vas${props.error ? ' vas--invalid' : ''}`}>
      <div class="vas-head">
        <p class="vas-label" id={`${id}-label`}>
          {props.label}
        </p>
        {/* Outside the label, so the slider's name stays the item's name alone. */}
        <SpeakButton
          label={t('speak.readItem', { item: props.label })}
          text={[
            props.label,
            props.hint,
            `${t('vas.lowEnd')} ${props.low}`,
            `${t('vas.highEnd')} ${props.high}`,
          ]
            .filter(Boolean)
            .join('. ')}
        />
      </div>
      {props.error && (
        <p class="vas-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      {props.hint && (
        <p class="vas-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div
        id={id}
        class="vas-track"
        role="slider"
        tabIndex={0}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-valuemin={scale.min}
        aria-valuemax={scale.max}
        aria-valuenow={value ?? undefined}
        aria-valuetext={valueText}
        aria-invalid={props.error ? 'true' : undefined}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onKeyDown={onKeyDown}
      >
        <span class="vas-line" ref={lineRef}>
          {value !== null && (
            <span
              class="vas-mark"
              style={{ insetInlineStart: `${valueToFraction(value, scale) * 100}%` }}
            />
          )}
        </span>
        {steps && (
          // Each number centred under its mark: a tap on it is a tap on the line there.
          <span class="vas-ticks" aria-hidden="true">
            {Array.from({ length: scale.max - scale.min + 1 }, (_, i) => (
              <span
                key={i}
                class={value === scale.min + i ? 'vas-tick vas-tick--on' : 'vas-tick'}
                style={{ insetInlineStart: `${(i / (scale.max - scale.min)) * 100}%` }}
              >
                {number(scale.min + i, 0)}
              </span>
            ))}
          </span>
        )}
      </div>
      <p class="vas-anchors" id={`${id}-anchors`}>
        <span>
          <span class="sr-only">{t('vas.lowEnd')} </span>
          {props.low}
        </span>
        <span>
          <span class="sr-only">{t('vas.highEnd')} </span>
          {props.high}
        </span>
      </p>
    </div>
  );
}
