import { useEffect, useState } from 'preact/hooks';
import { tabletLoop, type TabletCounts, type TabletSyncOutcome } from '../../sync/tablet';
import type { LoopState } from '../../sync/loop';

export interface TabletSyncStatus extends TabletCounts {
  state: LoopState<TabletSyncOutcome>;
  /** The outbox has been read: before that nothing is said about it. */
  known: boolean;
}

/** Runs the tablet's outbox while its screen is open, and tells it after every pass. */
export function useTabletSync(onPass: () => void): TabletSyncStatus {
  const [status, setStatus] = useState<TabletSyncStatus>({
    state: 'syncing',
    known: false,
    waiting: 0,
    refused: 0,
  });
  useEffect(() => {
    const stop = tabletLoop.start();
    const unsubscribe = tabletLoop.subscribe((s) => {
      setStatus({ state: s.state, known: s.known, ...s.outbox });
      if (s.state !== 'syncing' && s.state !== 'idle') onPass();
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, []);
  return status;
}
