import type { ResponseScale } from '../shared/instruments/definition';

/**
 * The visual-analog line: a position along the line becomes a score. The paper form is
 * scored to the millimetre on a 10 cm line, i.e. one decimal on 0.0–10.0.
 */

/** Rounds to the scale's step without binary noise (7.3, not 7.300000000000001). */
export function roundToStep(value: number, scale: ResponseScale): number {
  // toPrecision drops float noise first, so 9.95 rounds half up to 10.0, not down to 9.9.
  const steps = Math.round(Number(((value - scale.min) / scale.step).toPrecision(12)));
  const rounded = scale.min + steps * scale.step;
  return clamp(Number(rounded.toFixed(1)), scale.min, scale.max);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Maps a pointer x coordinate on the line to a score. `lineStart` and `lineWidth` are the
 * line's on-screen box; a touch beyond either end counts as that end.
 *
 * Right to left (Arabic, Dari) the line is mirrored: the "low" anchor and 0 sit at the right
 * end, where the reader starts, so the score is measured from the right edge. The score's
 * meaning never changes with direction.
 */
export function positionToValue(
  x: number,
  lineStart: number,
  lineWidth: number,
  scale: ResponseScale,
  dir: 'ltr' | 'rtl' = 'ltr',
): number {
  if (!(lineWidth > 0)) return scale.min;
  const fromLeft = clamp((x - lineStart) / lineWidth, 0, 1);
  const fraction = dir === 'rtl' ? 1 - fromLeft : fromLeft;
  return roundToStep(scale.min + fraction * (scale.max - scale.min), scale);
}

/** Where a score sits along the line, 0–1, for drawing the mark. */
export function valueToFraction(value: number, scale: ResponseScale): number {
  return clamp((value - scale.min) / (scale.max - scale.min), 0, 1);
}

export type StepKey =
  'ArrowRight' | 'ArrowUp' | 'ArrowLeft' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/**
 * Keyboard movement as the ARIA slider pattern has it: arrows one step, Page keys one whole
 * point, Home/End the ends. Right to left, the left arrow moves toward "high" (it lies to the
 * left), as the ARIA pattern asks; up and down never change meaning.
 *
 * An unmarked line has no value to start from, and starting in the middle would suggest a 5:
 * the first press enters from the end it points away from (right arrow: from the low end,
 * left arrow: from the high end), so the mark appears where the user is heading from.
 */
export function valueAfterKey(
  current: number | null,
  key: StepKey,
  scale: ResponseScale,
  dir: 'ltr' | 'rtl' = 'ltr',
): number {
  const big = 1;
  const up =
    key === 'ArrowUp' || key === 'PageUp' || key === (dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
  if (current === null && key !== 'Home' && key !== 'End') return up ? scale.min : scale.max;
  const from = current ?? scale.min;
  switch (key) {
    case 'Home':
      return scale.min;
    case 'End':
      return scale.max;
    case 'PageUp':
      return roundToStep(from + big, scale);
    case 'PageDown':
      return roundToStep(from - big, scale);
    default:
      return roundToStep(from + (up ? scale.step : -scale.step), scale);
  }
}

export const STEP_KEYS: readonly string[] = [
  'ArrowRight',
  'ArrowUp',
  'ArrowLeft',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];
export function isStepKey(key: string): key is StepKey {
  return STEP_KEYS.includes(key);
}
