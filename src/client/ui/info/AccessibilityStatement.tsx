import { useI18n } from '../../i18n';
import type { TeamFacts } from './InfoApp';

const GAPS = [
  'a11y.gap.languages',
  'a11y.gap.readAloud',
  'a11y.gap.easyRead',
  'a11y.gap.charts',
  'a11y.gap.largeText',
] as const;
const AFTER = ['help', 'report', 'supervision', 'tested'] as const;

/** Tillgänglighetsredogörelse with the parts DIGG asks for, known gaps said plainly. */
export function AccessibilityStatement({ team }: { team: TeamFacts }) {
  const { t } = useI18n();
  const vars = { team: team.name, contact: team.contact };
  return (
    <article class="stack" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{t('a11y.title')}</h1>
      <p>{t('a11y.intro', vars)}</p>
      <h2>{t('a11y.status.h')}</h2>
      <p>{t('a11y.status.p')}</p>
      <h2>{t('a11y.gaps.h')}</h2>
      <ul>
        {GAPS.map((g) => (
          <li key={g}>{t(g)}</li>
        ))}
      </ul>
      {AFTER.map((s) => (
        <section key={s} class="stack">
          <h2>{t(`a11y.${s}.h`)}</h2>
          <p class="prewrap">{t(`a11y.${s}.p`, vars)}</p>
        </section>
      ))}
    </article>
  );
}
