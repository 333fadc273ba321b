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
 */
export function positionToValue(
  x: number,
  lineStart: number,
  lineWidth: number,
  scale: ResponseScale,
): number {
  if (!(lineWidth > 0)) return scale.min;
  const fraction = clamp((x - lineStart) / lineWidth, 0, 1);
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
 * point, Home/End the ends. An unmarked line starts from the middle, so the first arrow press
 * shows a mark where the participant can see and move it.
 */
export function valueAfterKey(current: number | null, key: StepKey, scale: ResponseScale): number {
  const big = 1;
  const from = current ?? (scale.min + scale.max) / 2;
  if (current === null && key !== 'Home' && key !== 'End') return roundToStep(from, scale);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return roundToStep(from + scale.step, scale);
    case 'ArrowLeft':
    case 'ArrowDown':
      return roundToStep(from - scale.step, scale);
    case 'PageUp':
      return roundToStep(from + big, scale);
    case 'PageDown':
      return roundToStep(from - big, scale);
    case 'Home':
      return scale.min;
    case 'End':
      return scale.max;
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
