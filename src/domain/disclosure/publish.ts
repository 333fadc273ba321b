import type { ExitReason, Gender } from '../../shared/participant';
import type { Audience } from '../../shared/report';
import type {
  Comparison,
  OrganisationReport,
  PublicOrs,
  PublicReport,
  PublicSessions,
  PublicShare,
  TeamReport,
} from '../../shared/responses/reports';
import { FEW, isFew, PROTECTED, type Figure } from './marks';
import type { QuestionnaireTable } from '../../shared/questionnaire';
import type { Slot } from './model';
import type { Protection } from './protect';
import { rulesFor, type FigureRule } from './rules';

export type { PublicOrs, PublicSessions, PublicShare };
/**
 * A report as an audience outside the team gets it: only the figures the allowlist names,
 * each a number, null (nothing to show) or a mark. Breakdowns of everyone active (gender,
 * referrer, support, mean age, raters) are given for a whole reporting year only.
 */
export type { PublicReport };

type Tree = Record<string, unknown>;
const read = (tree: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);
function write(tree: Tree, path: string, value: unknown) {
  const keys = path.split('.');
  let node = tree;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Tree;
  node[keys.at(-1)!] = value;
}

const markOf = (status: string | undefined): Figure =>
  status === 'few' ? FEW : status === 'protected' ? PROTECTED : null;

/** One figure by its rule: the team's value when the rule lets it out, else its mark. */
function figure(rule: FigureRule, slotIndex: number, slot: Slot, p: Protection): unknown {
  const value = read(slot.report, rule.path);
  if (rule.kind === 'fixed') return value;
  const count = (cell: string) => p.counts.get(`${slotIndex}|${cell}`);
  const n = slot.cells.get(rule.cell)!.length;
  switch (rule.kind) {
    case 'count':
      return count(rule.cell) === 'shown' ? value : markOf(count(rule.cell));
    case 'percent':
      if (count(rule.cell) !== 'shown') return markOf(count(rule.cell));
      return count(rule.of) === 'shown' ? value : PROTECTED;
    case 'mean':
      if (count(rule.cell) !== 'shown') return markOf(count(rule.cell));
      if (n === 0) return null;
      return p.means.get(`${rule.layer}|${slotIndex}|${rule.cell}`) ? value : PROTECTED;
    case 'raters':
      return n === 0 ? null : isFew(n) ? FEW : value;
  }
}

/** The published report of one slot (a team, the other teams or the total; one span). */
export function publish(p: Protection, slotIndex: number, audience: PublicReport['audience']) {
  const slot = p.slots[slotIndex]!;
  const span = slot.span === 'year' ? 'year' : 'half';
  const out: Tree = { audience, span };
  for (const rule of rulesFor(span)) write(out, rule.path, figure(rule, slotIndex, slot, p));
  return out as unknown as PublicReport;
}

/**
 * What the screens, the CSV and the command line show: either the team's own report (every
 * figure a number) or one for an outside audience (marks, fewer figures). The team's extras
 * are optional here, so a screen shows them only where they exist.
 */
export type ReportView = Omit<
  PublicReport,
  | 'audience'
  | 'span'
  | 'ors'
  | 'srs'
  | 'gsrs'
  | 'throughput'
  | 'participants'
  | 'steps'
  | 'followUp'
> & {
  /** The status matrices: numbers for the team, figures (marks too) outside, year only. */
  steps: PublicReport['steps'];
  followUp: PublicReport['followUp'];
  /** Years in public support stay in the team (no rule lets them out yet). */
  participants: PublicReport['participants'] & {
    yearsInSupport?: TeamReport['participants']['yearsInSupport'];
  };
  throughput: PublicReport['throughput'] & { goalReachedMedianMonths?: Figure };
  audience?: Audience;
  span?: PublicReport['span'];
  /** The previous period's headline figures, where the report was asked for with them. */
  previous?: Comparison;
  /** The questionnaires' answers (the team's own report only). */
  questionnaires?: QuestionnaireTable[];
  filter?: TeamReport['filter'];
  ors: Omit<PublicReport['ors'], 'byGender' | 'byExitReason'> & {
    intakeSd?: Figure;
    byGender: Record<Gender, ReportOrsRow>;
    byExitReason: Record<ExitReason, ReportOrsRow>;
    pairs?: TeamReport['ors']['pairs'];
  };
  srs: PublicSessions & { sessions?: number };
  gsrs: PublicSessions & { sessions?: number };
};
/** A row of the ORS table: the outside figures, and the team's own where it has them. */
export type ReportOrsRow = PublicOrs &
  Partial<Pick<PublicReport['ors'], 'effectSize' | 'reliablyImproved' | 'unchanged'>> &
  Partial<
    Pick<
      PublicReport['ors'],
      'reliablyDeteriorated' | 'clinicallySignificant' | 'intakeBelowCutoff'
    >
  > & { intakeSd?: Figure };

/** The type check that the team's own report is a view as it stands. */
export const asView = (r: TeamReport | PublicReport): ReportView => r;

/** The organisation's comparison as the API sends it. */
export type OrganisationView = OrganisationReport;
