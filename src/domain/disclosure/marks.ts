import type { Figure } from '../../shared/responses/reports';

/**
 * What a hidden figure shows, as Statistics Sweden marks it. The two marks say different
 * things and never lie about the value behind them.
 */
export const MIN_CELL = 5;

/** Fewer than 5 people: a count of 1–4, or a figure computed from 1–4 people. */
export const FEW = '<5';
/** Hidden so that another hidden figure cannot be worked out from the published ones. */
export const PROTECTED = '..';

export type Mark = typeof FEW | typeof PROTECTED;
/** A figure as an outside audience sees it: a number, nothing to show (null), or a mark. */
export type { Figure };

export const isMark = (v: unknown): v is Mark => v === FEW || v === PROTECTED;
export const isFew = (n: number) => n > 0 && n < MIN_CELL;

/** What every outside report says of its rule, in words (the screens say it in the catalogs). */
export const DISCLOSURE_RULE = {
  minCell: MIN_CELL,
  marks: {
    [FEW]: 'Fewer than 5 people: a count of 1–4, or a figure computed from 1–4 people.',
    [PROTECTED]:
      'Not shown, so that no hidden figure can be worked out from the shown ones; it may be any number, 0 and 1–4 included.',
  },
} as const;
