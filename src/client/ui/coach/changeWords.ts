import type { MessageKey, useI18n } from '../../i18n';

type T = ReturnType<typeof useI18n>['t'];

/** Fields whose values are codes, and the catalog prefix that names each code. */
const CODED: Record<string, string> = {
  gender: 'gender',
  referrer: 'referrer',
  support: 'support',
  exitReason: 'exitReason',
};

/**
 * One change from the history in words: "Avslutsorsak: Arbete → Studier", never the raw
 * "exitReason: work → studies".
 */
export function describeChange(t: T, field: string, from: unknown, to: unknown): string {
  const label = t(`staff.field.${field}` as MessageKey);
  const word = (v: unknown) => {
    if (v === null || v === undefined || v === '') return '–';
    const prefix = CODED[field];
    return prefix ? t(`${prefix}.${String(v)}` as MessageKey) : String(v);
  };
  return `${label}: ${word(from)} → ${word(to)}`;
}
