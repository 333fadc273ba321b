import type { MessageKey, useI18n } from '../../i18n';

type Words = Pick<ReturnType<typeof useI18n>, 't' | 'number' | 'date'>;

/** Fields whose values are codes, and the catalog prefix that names each code. */
const CODED: Record<string, string> = {
  gender: 'gender',
  referrer: 'referrer',
  support: 'support',
  exitReason: 'exitReason',
};

/**
 * One change from the history in words: "Avslutsorsak: Arbete → Studier", never the raw
 * "exitReason: work → studies"; numbers and dates as the reader writes them ("5,5", "3 dec. 2026").
 */
export function describeChange(
  { t, number, date }: Words,
  field: string,
  from: unknown,
  to: unknown,
): string {
  const followUp = /^status\.followup\.(\d+)$/.exec(field);
  const label = followUp
    ? t('staff.field.status.followup', { months: Number(followUp[1]) })
    : t(`staff.field.${field}` as MessageKey);
  // A labour-market status is "status/income": both in words.
  if (field.startsWith('status.')) {
    const status = (v: unknown) => {
      if (typeof v !== 'string') return '–';
      const [s, i] = v.split('/');
      return `${t(`labourStatus.${s}` as MessageKey)}, ${t(`income.${i}` as MessageKey)}`;
    };
    return `${label}: ${status(from)} → ${status(to)}`;
  }
  // Not a correction but an event: which rule, and the coach's note.
  if (field === 'alertAcknowledged')
    return `${label}: ${t(`alertRule.${String(from)}` as MessageKey)} – ”${String(to)}”`;
  const word = (v: unknown) => {
    if (v === null || v === undefined || v === '') return '–';
    if (typeof v === 'boolean') return t(v ? 'steps.yes' : 'steps.no');
    const prefix = CODED[field];
    if (prefix) return t(`${prefix}.${String(v)}` as MessageKey);
    if (typeof v === 'number') return number(v, Number.isInteger(v) ? 0 : 1);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return date(v);
    return String(v);
  };
  return `${label}: ${word(from)} → ${word(to)}`;
}
