import {
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { courseDataset, guideDataset, guidesPlugin, type CourseLine, type Guide } from './guides';

// Only what a line chart needs, so this lazily loaded chunk stays small.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
);

export interface LineChartProps {
  labels: string[];
  lines: { label: string; values: number[] }[];
  max: number;
  /** Horizontal guides: a cutoff, a threshold, the reliable-change band. */
  guides?: Guide[];
  /** Label indexes to mark under the plot (sessions with a note). */
  marks?: number[];
  /** The team's usual course for this participant's start (the coach's ORS trend). */
  course?: CourseLine;
  /** Whether to show the legend; by default whenever there is more than one line or a guide. */
  legend?: boolean;
  /** Read by screen readers instead of the canvas; the table beside it has the numbers. */
  ariaLabel: string;
  /**
   * Many thin lines in one colour and no legend: one line per person in a slope chart,
   * where the shape of the whole matters and no line is anyone in particular.
   */
  many?: boolean;
}

const COLOURS = ['#0b5d57', '#7a3e9d', '#9a4a00', '#1d4f91'];

/** The only user of chart.js; loaded on demand so the participant's first load stays small. */
export default function LineChart({
  labels,
  lines,
  max,
  guides = [],
  marks = [],
  course,
  legend,
  ariaLabel,
  many = false,
}: LineChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvasRef.current) return;
    const datasets = [
      ...lines.map((line, i) => ({
        label: line.label,
        data: line.values,
        borderColor: many ? 'rgba(11, 93, 87, 0.45)' : COLOURS[i % COLOURS.length],
        backgroundColor: many ? 'rgba(11, 93, 87, 0.45)' : COLOURS[i % COLOURS.length],
        borderWidth: many ? 1.5 : 3,
        pointRadius: many ? 2 : 5,
        pointStyle: 'circle' as const,
        tension: 0,
      })),
      ...guides.map(guideDataset),
      // After the guides, so a hidden guide's index stays lines.length + its own.
      ...(course ? [courseDataset(course)] : []),
    ];
    const chart = new Chart(canvasRef.current, {
      type: 'line',
      data: { labels, datasets },
      plugins: [guidesPlugin],
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max, ticks: { stepSize: max > 10 ? 5 : 1 } } },
        plugins: {
          legend: {
            display: legend ?? (!many && lines.length + guides.length > 1),
            position: 'bottom',
            labels: { usePointStyle: true },
          },
          guides: { guides, first: lines.length, marks, course },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, lines, max, guides, marks, course, legend, many]);

  return (
    <div class="chart">
      <canvas ref={canvasRef} role="img" aria-label={ariaLabel} />
    </div>
  );
}
