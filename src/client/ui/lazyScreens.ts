import { lazyComponent } from './common/lazy';
import type { RatingFlowProps } from './participant/RatingFlow';

/** The staff side and the shared tablet, each its own chunk: most devices are a participant's phone. */
export const StaffApp = lazyComponent(() => import('./coach/StaffApp'), {
  loading: 'app.loading',
  failed: 'staff.offline',
});

export const TabletApp = lazyComponent(() => import('./tablet/TabletApp'), {
  loading: 'app.loading',
  failed: 'staff.failed',
});

/** Mina uppgifter, the privacy notice and the accessibility statement: long texts, own chunk. */
export const InfoApp = lazyComponent(() => import('./info/InfoApp'), {
  loading: 'app.loading',
  failed: 'staff.offline',
});

/** After exit and for loaded packs only: most phones never open these, so they load when opened. */
export const FollowUpForm = lazyComponent(() => import('./participant/FollowUpForm'), {
  loading: 'app.loading',
  failed: 'staff.offline',
});
export const QuestionnaireForm = lazyComponent(() => import('./participant/QuestionnaireForm'), {
  loading: 'app.loading',
  failed: 'staff.offline',
});

/**
 * The participant's screens beyond home: each its own chunk, so the first screen draws
 * sooner; the rating form is fetched as soon as home is drawn (the likeliest next step).
 */
export const RatingFlow = lazyComponent<RatingFlowProps>(
  () => import('./participant/RatingFlow').then((m) => ({ default: m.RatingFlow })),
  { loading: 'app.loading', failed: 'staff.offline' },
);
export const Progress = lazyComponent<object>(
  () => import('./participant/Progress').then((m) => ({ default: m.Progress })),
  { loading: 'app.loading', failed: 'staff.offline' },
);
export const Join = lazyComponent<{ initialCode: string }>(
  () => import('./participant/Join').then((m) => ({ default: m.Join })),
  { loading: 'app.loading', failed: 'staff.offline' },
);
