import { lazyComponent } from './common/lazy';

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
