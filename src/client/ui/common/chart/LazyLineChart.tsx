import { lazyChart } from './lazyChart';
import type { LineChartProps } from './LineChart';

export const LazyLineChart = lazyChart<LineChartProps>(() => import('./LineChart'));
