import { useEffect, useRef, useState } from 'preact/hooks';
import { SubmitButton } from '../common/SubmitButton';
import { Field } from '../common/Field';
import { useI18n } from '../../i18n';
import { joinTeam, type JoinResult } from '../../sync/join';
import { syncLoop } from '../../sync/loop';

/** Typing the coach's code (or opening its link / QR code) connects this phone to the team. */
export function Join({ initialCode }: { initialCode: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState(initialCode);
  const [result, setResult] = useState<JoinResult | 'empty' | null>(null);
  const [working, setWorking] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => messageRef.current?.focus(), [result]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!code.trim()) return setResult('empty');
    setWorking(true);
    const outcome = await joinTeam(code).catch(() => 'error' as const);
    setWorking(false);
    setResult(outcome);
    if (outcome === 'joined') void syncLoop.run();
  };

  if (result === 'joined')
    return (
      <section class="stack">
        <h1>{t('join.title')}</h1>
        <p class="notice" role="status" tabIndex={-1} ref={messageRef}>
          {t('join.joined')}
        </p>
        <a class="button button--primary" href="#/">
          {t('nav.home')}
        </a>
      </section>
    );

  const error =
    result && result !== 'empty'
      ? t(`join.${result}`)
      : result === 'empty'
        ? t('join.empty')
        : null;
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <h1>{t('join.title')}</h1>
      <p class="lead">{t('join.lead')}</p>
      {error && (
        <p class="notice notice--error" role="alert" tabIndex={-1} ref={messageRef}>
          {error}
        </p>
      )}
      <Field id="join-code" label={t('join.code')} hint={t('join.codeHint')}>
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            class="code-input"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={20}
            aria-invalid={error ? 'true' : undefined}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="actions">
        <SubmitButton working={working} label={t('join.submit')} workingLabel={t('join.working')} />
      </div>
    </form>
  );
}
