import type * as z from 'zod/mini';
import type { expectedCourseResponseSchema } from '../../../shared/responses/participants';
import { bandFor } from '../../../domain/expectedCourse';
import { useI18n } from '../../i18n';
import type { CourseLine } from '../common/chart/guides';

export type ExpectedCourse = z.infer<typeof expectedCourseResponseSchema>;

/**
 * The team's usual course for a participant's start, as a line through the sessions: the
 * median change and the middle half (25th–75th percentile) added to their own intake.
 */
export function courseLine(
  course: ExpectedCourse | null,
  totals: readonly number[],
  label: string,
): CourseLine | undefined {
  const intake = totals[0];
  if (!course || intake === undefined) return undefined;
  const band = bandFor(course.bands, intake);
  if (!band || band.points.length === 0) return undefined;
  const points = band.points;
  const at = (i: number, pick: (p: (typeof points)[number]) => number) => {
    const point = points.find((p) => p.session === i + 1);
    return point ? Math.min(40, Math.max(0, intake + pick(point))) : null;
  };
  const range = Array.from({ length: totals.length }, (_, i) => i);
  return {
    label,
    low: range.map((i) => at(i, (p) => p.p25)),
    mid: range.map((i) => at(i, (p) => p.median)),
    high: range.map((i) => at(i, (p) => p.p75)),
  };
}

/** What the course line is, with its method and n, or why it is not drawn. */
export function CourseNote({ course, intake }: { course: ExpectedCourse | null; intake?: number }) {
  const { t, number } = useI18n();
  if (!course || intake === undefined) return null;
  const band = bandFor(course.bands, intake);
  if (!band) return null;
  const range = { from: number(band.from, 0), to: number(Math.min(band.to, 40), 0) };
  return (
    <p class="muted chart-note">
      {band.points.length > 0
        ? t('course.shown', { ...range, n: band.participants, min: course.minimumAtSession })
        : t('course.notYet', { ...range, n: band.participants, min: course.minimumParticipants })}
    </p>
  );
}
