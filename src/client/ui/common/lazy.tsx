import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n, type MessageKey } from '../../i18n';

/**
 * A component loaded the first time it is shown, so a participant's first page carries
 * neither chart.js nor the staff side. The service worker precaches every chunk, so this
 * works offline too.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  messages: { loading: MessageKey; failed: MessageKey; loadingClass?: string },
) {
  let loaded: Promise<ComponentType<P>> | null = null;
  // Once here, later openings draw it at once, without a "loading" frame.
  let ready: ComponentType<P> | null = null;
  const preload = () =>
    (loaded ??= load()
      .then((m) => (ready = m.default))
      .catch((error: unknown) => {
        loaded = null;
        throw error;
      }));
  function Lazy(props: P) {
    const { t } = useI18n();
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => ready);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      // Even when the chunk arrived between this render and its effect (a preload started
      // by the same tap): `ready` is set then, but this screen still shows "loading".
      preload().then(
        (c) => setComponent(() => c),
        () => setFailed(true),
      );
    }, []);
    if (failed) return <p class="muted">{t(messages.failed)}</p>;
    if (!Component)
      return <p class={`muted ${messages.loadingClass ?? ''}`}>{t(messages.loading)}</p>;
    return <Component {...props} />;
  }
  /** Fetch the chunk ahead of need, e.g. the rating form once the home screen is drawn. */
  Lazy.preload = () => void preload().catch(() => {});
  return Lazy;
}
