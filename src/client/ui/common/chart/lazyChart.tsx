import type { ComponentType } from 'preact';
import { lazyComponent } from '../lazy';

/** A chart kind loaded on first draw: chart.js never comes with the participant's first page. */
export const lazyChart = <P extends object>(load: () => Promise<{ default: ComponentType<P> }>) =>
  lazyComponent(load, {
    loading: 'progress.chartLoading',
    failed: 'progress.chartFailed',
    loadingClass: 'chart-placeholder',
  });
