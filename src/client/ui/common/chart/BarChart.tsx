import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartProps {
  labels: string[];
  values: number[];
  /** Read by screen readers instead of the canvas; the table beside it has the numbers. */
  ariaLabel: string;
}

/** Horizontal bars (long Swedish labels stay readable at 320 px): exits by reason and the like. */
export default function BarChart({ labels, values, ariaLabel }: BarChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvasRef.current) return;
    const chart = new Chart(canvasRef.current, {
      type: 'bar',
      data: { labels, datasets: [{ data: values, backgroundColor: '#0b5d57' }] },
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } },
      },
    });
    return () => chart.destroy();
  }, [labels, values]);
  return (
    <div class="chart">
      <canvas ref={canvasRef} role="img" aria-label={ariaLabel} />
    </div>
  );
}
