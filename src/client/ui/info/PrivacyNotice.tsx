import { useI18n, type MessageKey } from '../../i18n';
import type { TeamFacts } from './InfoApp';

const SECTIONS = ['who', 'what', 'why', 'sees', 'phone', 'copy', 'keep', 'rights'] as const;

/** What Stegvis stores about a participant, why, who sees it, for how long: plain Swedish. */
export function PrivacyNotice({ team }: { team: TeamFacts }) {
  const { t } = useI18n();
  const vars = { team: team.name, contact: team.contact, months: team.months };
  return (
    <article class="stack" aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>
        <a href="#/privacy/easy">{t('privacy.easyLink')}</a>
      </p>
      {SECTIONS.map((s) => (
        <section key={s} class="stack">
          <h2>{t(`privacy.${s}.h` as MessageKey)}</h2>
          <p class="prewrap">{t(`privacy.${s}.p` as MessageKey, vars)}</p>
        </section>
      ))}
    </article>
  );
}

const EASY = [
  'easy.1',
  'easy.2',
  'easy.3',
  'easy.4',
  'easy.5',
  'easy.6',
  'easy.7',
  'easy.8',
] as const;

/** The same in easy-read Swedish: one thing per line, short words. */
export function EasyReadPrivacy({ team }: { team: TeamFacts }) {
  const { t } = useI18n();
  const vars = { contact: team.contact, months: team.months };
  return (
    <article class="stack easy-read" aria-labelledby="easy-title">
      <h1 id="easy-title">{t('easy.title')}</h1>
      {EASY.map((k) => (
        <p key={k} class="prewrap">
          {t(k, vars)}
        </p>
      ))}
      <p>{team.hasContact ? t('easy.9', vars) : t('easy.9.noContact')}</p>
      <p>
        <a href="#/privacy">{t('privacy.plainLink')}</a>
      </p>
    </article>
  );
}
