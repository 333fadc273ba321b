import { describe, expect, it } from 'vitest';
import {
  belowCourse,
  bandFor,
  COURSE_MIN_AT_SESSION,
  COURSE_MIN_PARTICIPANTS,
  expectedCourse,
} from '../../src/domain/expectedCourse';
import { quantile } from '../../src/domain/report/statistics';

/** Someone who starts at `start` and gains `step` points a session, for `sessions` ORS. */
const person = (start: number, step: number, sessions: number) =>
  Array.from({ length: sessions }, (_, i) => start + step * i);

describe("the team's own expected course", () => {
  it('takes quartiles as a spreadsheet does (PERCENTILE.INC)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.75)).toBe(7);
  });

  it('draws nothing for a band until enough exited participants started there', () => {
    const few = Array.from({ length: COURSE_MIN_PARTICIPANTS - 1 }, () => person(16, 1, 6));
    const band = bandFor(expectedCourse(few), 16)!;
    expect(band).toMatchObject({ from: 15, to: 20, participants: COURSE_MIN_PARTICIPANTS - 1 });
    expect(band.points).toEqual([]);
  });

  it('gives median and quartiles of change per session, while enough got that far', () => {
    // 20 people in the 15–20 band gaining 0.5, 1, 1.5 … points a session; 12 of them stay
    // for 8 sessions, the rest leave after 4.
    const people = Array.from({ length: 20 }, (_, i) =>
      person(16, (i % 4) * 0.5 + 0.5, i < 12 ? 8 : 4),
    );
    const band = bandFor(expectedCourse(people), 17)!;
    expect(band.points.map((p) => p.session)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(band.points[0]).toEqual({ session: 1, n: 20, median: 0, p25: 0, p75: 0 });
    expect(band.points[1]!.n).toBe(20);
    expect(band.points[1]!.median).toBeCloseTo(1.25, 10);
    expect(band.points[4]!.n).toBe(12);
    expect(band.points.every((p) => p.n >= COURSE_MIN_AT_SESSION)).toBe(true);
    // Other bands have no one.
    expect(bandFor(expectedCourse(people), 30)!.participants).toBe(0);
  });

  it('says when a participant lies under the usual course: below intake + the lower quartile', () => {
    const people = Array.from({ length: 20 }, () => person(16, 1, 6));
    const band = bandFor(expectedCourse(people), 16);
    expect(belowCourse(band, [16, 16, 16])).toEqual({ session: 3, latest: 16, expected: 18 });
    expect(belowCourse(band, [16, 17, 18])).toBeNull();
    expect(belowCourse(band, [16])).toBeNull();
    // Beyond the sessions the course covers, nothing is said.
    expect(belowCourse(band, person(16, 0, 9))).toBeNull();
  });
});
