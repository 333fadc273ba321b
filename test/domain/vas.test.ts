import { describe, expect, it } from 'vitest';
import {
  positionToValue,
  roundToStep,
  valueAfterKey,
  valueToFraction,
  type StepKey,
} from '../../src/domain/vas';
import type { ResponseScale } from '../../src/shared/instruments';

const vas: ResponseScale = { kind: 'vas', min: 0, max: 10, step: 0.1 };
const steps: ResponseScale = { kind: 'steps', min: 0, max: 10, step: 1 };

describe('positionToValue on a 200 px line starting at x = 50', () => {
  it.each([
    [50, 0],
    [250, 10],
    [150, 5],
    [0, 0], // before the start counts as the start
    [400, 10], // beyond the end counts as the end
    [50.9, 0], // 0.045 rounds down
    [51, 0.1], // 0.05 rounds up to one decimal
    [196.3, 7.3],
    [249.5, 10], // 9.975 rounds to 10.0
    [249, 10], // 9.95 → 10.0 (half up)
    [248.9, 9.9],
  ])('x = %d → %d', (x, expected) => {
    expect(positionToValue(x, 50, 200, vas)).toBe(expected);
  });

  it('gives whole steps on a 0–10 step scale', () => {
    expect(positionToValue(50 + 200 * 0.34, 50, 200, steps)).toBe(3);
    expect(positionToValue(50 + 200 * 0.36, 50, 200, steps)).toBe(4);
  });

  it('never yields binary noise', () => {
    for (let x = 50; x <= 250; x += 0.37) {
      const v = positionToValue(x, 50, 200, vas);
      expect(String(v)).toMatch(/^\d+(\.\d)?$/);
    }
  });

  it('returns the minimum for a line with no width (not laid out yet)', () => {
    expect(positionToValue(100, 50, 0, vas)).toBe(0);
  });
});

describe('keyboard steps', () => {
  it.each<[number | null, StepKey, number]>([
    [5, 'ArrowRight', 5.1],
    [5, 'ArrowUp', 5.1],
    [5, 'ArrowLeft', 4.9],
    [5, 'ArrowDown', 4.9],
    [5, 'PageUp', 6],
    [5, 'PageDown', 4],
    [9.5, 'PageUp', 10],
    [0.3, 'PageDown', 0],
    [10, 'ArrowRight', 10],
    [0, 'ArrowLeft', 0],
    [7.3, 'Home', 0],
    [7.3, 'End', 10],
    [null, 'ArrowRight', 0], // an unmarked line is entered from the low end, never at 5
    [null, 'ArrowUp', 0],
    [null, 'ArrowLeft', 10], // … or from the high end when pressing toward low
    [null, 'Home', 0],
    [null, 'End', 10],
    [0.2, 'ArrowRight', 0.3], // 0.2 + 0.1 is 0.3, not 0.30000000000000004
  ])('%s + %s → %s', (from, key, to) => {
    expect(valueAfterKey(from, key, vas)).toBe(to);
  });

  it('mirrors the arrows right to left, where "high" lies to the left', () => {
    expect(valueAfterKey(5, 'ArrowLeft', vas, 'rtl')).toBe(5.1);
    expect(valueAfterKey(5, 'ArrowRight', vas, 'rtl')).toBe(4.9);
    expect(valueAfterKey(5, 'ArrowUp', vas, 'rtl')).toBe(5.1);
    expect(valueAfterKey(null, 'ArrowLeft', vas, 'rtl')).toBe(0);
    expect(valueAfterKey(7, 'Home', vas, 'rtl')).toBe(0);
  });

  it('measures a touch from the right edge right to left: 0 stays at the low anchor', () => {
    expect(positionToValue(250, 50, 200, vas, 'rtl')).toBe(0);
    expect(positionToValue(50, 50, 200, vas, 'rtl')).toBe(10);
    expect(positionToValue(50 + 200 * 0.25, 50, 200, vas, 'rtl')).toBe(7.5);
  });

  it('steps whole numbers on a step scale', () => {
    expect(valueAfterKey(3, 'ArrowRight', steps)).toBe(4);
    expect(valueAfterKey(3, 'PageUp', steps)).toBe(4);
  });
});

describe('rounding and drawing', () => {
  it('rounds to the step and clamps', () => {
    expect(roundToStep(7.34, vas)).toBe(7.3);
    expect(roundToStep(-1, vas)).toBe(0);
    expect(roundToStep(11, vas)).toBe(10);
  });
  it('places the mark along the line', () => {
    expect(valueToFraction(0, vas)).toBe(0);
    expect(valueToFraction(2.5, vas)).toBe(0.25);
    expect(valueToFraction(10, vas)).toBe(1);
  });
});
