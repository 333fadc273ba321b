import type { BarChartProps } from './BarChart';
import { lazyChart } from './lazyChart';

export const LazyBarChart = lazyChart<BarChartProps>(() => import('./BarChart'));
