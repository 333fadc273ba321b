import type { Chart, ChartDataset, ChartType, Plugin } from 'chart.js';

/**
 * A horizontal guide on a chart: a limit (a cutoff, the alliance line, the team's own line)
 * or a band (reliable change around the start). One legend entry each, however many lines.
 */
export interface Guide {
  kind: 'limit' | 'band';
  /** One value for a limit; the band's two edges. */
  values: number[];
  label: string;
}

/** The team's usual course: a median line and the middle half around it, per session. */
export interface CourseLine {
  label: string;
  low: (number | null)[];
  mid: (number | null)[];
  high: (number | null)[];
}

const LIMIT = '#3d4a49';
const COURSE = '#1d4f91';
const COURSE_FILL = 'rgba(29, 79, 145, 0.10)';
const BAND = '#6b5a00';
const BAND_FILL = 'rgba(201, 168, 0, 0.12)';
const BAND_DASH = [6, 5];
const MARK = '#7a3e9d';

/**
 * The legend entry for a guide: a dataset with no points (a guide drawn as data vanishes
 * when the chart has one session, and a band would be listed twice).
 */
export function guideDataset(guide: Guide): ChartDataset<'line', number[]> {
  const band = guide.kind === 'band';
  return {
    label: guide.label,
    data: [],
    borderColor: band ? BAND : LIMIT,
    backgroundColor: band ? BAND_FILL : LIMIT,
    borderWidth: 2,
    borderDash: band ? BAND_DASH : [],
    pointStyle: 'line',
    pointRadius: 0,
  };
}

interface GuideOptions {
  guides: Guide[];
  /** Index of the first guide's legend dataset, so hiding it in the legend hides the line. */
  first: number;
  /** Label indexes to mark with a small flag just above the x axis (sessions with a note). */
  marks?: number[];
  course?: CourseLine;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the name chart.js declares
  interface PluginOptionsByType<TType extends ChartType> {
    guides?: GuideOptions;
  }
}

/** Draws each guide across the whole plot, under the participant's lines. */
export const guidesPlugin: Plugin<'line', GuideOptions> = {
  id: 'guides',
  beforeDatasetsDraw(chart: Chart<'line'>, _args, options) {
    const { ctx, chartArea: area, scales } = chart;
    const y = scales.y;
    if (!y || !options.guides) return;
    ctx.save();
    options.guides.forEach((guide, i) => {
      if (!chart.isDatasetVisible(options.first + i)) return;
      const ys = guide.values.map((v) => y.getPixelForValue(v));
      if (guide.kind === 'band' && ys.length > 1) {
        ctx.fillStyle = BAND_FILL;
        ctx.fillRect(area.left, Math.min(...ys), area.width, Math.abs(ys[0]! - ys[1]!));
      }
      ctx.strokeStyle = guide.kind === 'band' ? BAND : LIMIT;
      ctx.lineWidth = 2;
      ctx.setLineDash(guide.kind === 'band' ? BAND_DASH : []);
      for (const py of ys) {
        ctx.beginPath();
        ctx.moveTo(area.left, py);
        ctx.lineTo(area.right, py);
        ctx.stroke();
      }
    });
    if (options.course) drawCourse(chart, options.course);
    ctx.setLineDash([]);
    ctx.fillStyle = MARK;
    const x = scales.x;
    for (const index of options.marks ?? []) {
      const px = x?.getPixelForValue(index);
      if (px === undefined) continue;
      // A small triangle pointing down at the session, sitting on the axis.
      ctx.beginPath();
      ctx.moveTo(px - 5, area.bottom - 9);
      ctx.lineTo(px + 5, area.bottom - 9);
      ctx.lineTo(px, area.bottom - 1);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  },
};

/** The course's middle half as a shaded ribbon and its median as a dotted line. */
function drawCourse(chart: Chart<'line'>, course: CourseLine) {
  const { ctx, scales } = chart;
  const x = scales.x!;
  const y = scales.y!;
  const points = course.mid
    .map((m, i) => ({ i, m, lo: course.low[i], hi: course.high[i] }))
    .filter((p) => p.m !== null && p.lo != null && p.hi != null);
  if (points.length < 2) return;
  const px = (i: number) => x.getPixelForValue(i);
  ctx.fillStyle = COURSE_FILL;
  ctx.beginPath();
  points.forEach((p, k) =>
    (k ? ctx.lineTo : ctx.moveTo).call(ctx, px(p.i), y.getPixelForValue(p.hi!)),
  );
  [...points].reverse().forEach((p) => ctx.lineTo(px(p.i), y.getPixelForValue(p.lo!)));
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = COURSE;
  ctx.lineWidth = 2;
  ctx.setLineDash([2, 4]);
  ctx.beginPath();
  points.forEach((p, k) =>
    (k ? ctx.lineTo : ctx.moveTo).call(ctx, px(p.i), y.getPixelForValue(p.m!)),
  );
  ctx.stroke();
}

/** The course's one legend entry. */
export function courseDataset(course: CourseLine): ChartDataset<'line', number[]> {
  return {
    label: course.label,
    data: [],
    borderColor: COURSE,
    backgroundColor: COURSE_FILL,
    borderWidth: 2,
    borderDash: [2, 4],
    pointStyle: 'line',
    pointRadius: 0,
  };
}
