import {
  FOLLOW_UP_CHOICES,
  LABOUR_STATUSES,
  movedUp,
  WORK_OR_STUDIES,
  type FollowUpMonths,
  type LabourStatus,
} from '../../shared/labourStatus';
import type { StepFigures } from '../../shared/responses/reports';
import type { TeamSettings } from '../../shared/team';
import { share } from './statistics';

/** A participant's statuses as the report reads them (income is recorded, not reported). */
export interface CohortStatuses {
  intake?: LabourStatus;
  exit?: LabourStatus;
  followUps?: Partial<Record<FollowUpMonths, LabourStatus>>;
}

const matrix = (pairs: readonly [LabourStatus, LabourStatus][]) =>
  Object.fromEntries(
    LABOUR_STATUSES.map((from) => [
      from,
      Object.fromEntries(
        LABOUR_STATUSES.map((to) => [to, pairs.filter(([a, b]) => a === from && b === to).length]),
      ),
    ]),
  ) as Record<LabourStatus, Record<LabourStatus, number>>;

/** Who moved at least one step up the ladder from intake to exit, over those with both. */
export function stepsOf(exited: readonly { statuses?: CohortStatuses }[], settings: TeamSettings) {
  const both = exited.flatMap(({ statuses: s }) =>
    s?.intake && s.exit ? [[s.intake, s.exit] as [LabourStatus, LabourStatus]] : [],
  );
  return {
    n: both.length,
    movedUp: share(
      both.filter(([a, b]) => movedUp(settings.statusLadder, a, b)).length,
      both.length,
    ),
    matrix: matrix(both),
  };
}

/** Whether a status counts as "in work or studies" after exit. */
export const inWorkOrStudies = (s: LabourStatus) => WORK_OR_STUDIES.includes(s);

/**
 * Each follow-up, over the period's exits whose follow-up is recorded: how many, the share in
 * work or studies, and exit → follow-up as a matrix (where the exit status is recorded too).
 */
export function stepFigures(
  exited: readonly { statuses?: CohortStatuses }[],
  settings: TeamSettings,
): StepFigures {
  const followUp = Object.fromEntries(
    FOLLOW_UP_CHOICES.map((m) => {
      const at = exited.flatMap(({ statuses: s }) => {
        const status = s?.followUps?.[m];
        return status ? [{ exit: s.exit, status }] : [];
      });
      return [
        String(m),
        {
          n: at.length,
          inWorkOrStudies: share(at.filter((x) => inWorkOrStudies(x.status)).length, at.length),
          matrix: matrix(
            at.flatMap((x) => (x.exit ? [[x.exit, x.status] as const] : [])) as [
              LabourStatus,
              LabourStatus,
            ][],
          ),
        },
      ];
    }),
  ) as StepFigures['followUp'];
  return { steps: stepsOf(exited, settings), followUp };
}
