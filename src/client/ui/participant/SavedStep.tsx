import { useEffect, useRef, useState } from 'preact/hooks';
import { WITHDRAW_WINDOW_HOURS } from '../../../domain/history';
import { useI18n } from '../../i18n';
import { saveFact } from '../../storage/facts';
import { newWithdrawal } from '../../newFacts';
import { StorageErrorMessage } from '../common/StorageErrorMessage';
import { SyncStatus } from './SyncStatus';

/** Confirms the save (it has committed), and offers to take a mistake back as a new fact. */
export function SavedStep({ ratingId, onHome }: { ratingId: string; onHome(): void }) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<'saved' | 'confirm' | 'withdrawn'>('saved');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => headingRef.current?.focus(), [state]);

  const withdraw = async () => {
    setError(null);
    try {
      await saveFact(newWithdrawal(ratingId));
      setState('withdrawn');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section class="stack">
      <h1 tabIndex={-1} ref={headingRef}>
        {state === 'withdrawn' ? t('saved.withdrawn') : t('saved.title')}
      </h1>
      {state !== 'withdrawn' && (
        <p class="lead" role="status">
          {t('saved.lead')}
        </p>
      )}
      {error !== null && <StorageErrorMessage error={error} onRetry={withdraw} />}
      <SyncStatus />
      {state === 'saved' && (
        <>
          <p class="muted">{t('saved.withdrawHelp', { hours: WITHDRAW_WINDOW_HOURS })}</p>
          <div class="actions">
            <button type="button" class="button button--primary" onClick={onHome}>
              {t('nav.home')}
            </button>
            <button type="button" class="button" onClick={() => setState('confirm')}>
              {t('saved.withdraw')}
            </button>
          </div>
        </>
      )}
      {state === 'confirm' && (
        <div class="stack">
          <p>{t('saved.withdrawConfirm')}</p>
          <div class="actions">
            <button type="button" class="button" onClick={withdraw}>
              {t('saved.withdrawYes')}
            </button>
            <button type="button" class="button button--primary" onClick={() => setState('saved')}>
              {t('saved.withdrawNo')}
            </button>
          </div>
        </div>
      )}
      {state === 'withdrawn' && (
        <div class="actions">
          <button type="button" class="button button--primary" onClick={onHome}>
            {t('nav.home')}
          </button>
        </div>
      )}
    </section>
  );
}
