import { Languages } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { languageInfo, type Language } from '../../../shared/language';
import { useI18n } from '../../i18n';

interface Props {
  choices: readonly Language[];
  onChoose(lang: Language): void;
}

/**
 * The language list, each language by its own name in its own script and direction, so a
 * reader finds theirs without reading Swedish. The button also carries the universal
 * "language" icon for the same reason.
 */
export function LanguageMenu({ choices, onChoose }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (
        e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);
  if (choices.length < 2) return null;
  return (
    <div class="language-menu" ref={ref}>
      <button
        type="button"
        class="button button--small"
        aria-expanded={open}
        aria-controls="language-list"
        onClick={() => setOpen(!open)}
      >
        <Languages aria-hidden="true" size={20} />
        <span>{t('lang.button')}</span>
      </button>
      {open && (
        <ul id="language-list" class="language-list" aria-label={t('lang.listLabel')}>
          {choices.map((code) => {
            const info = languageInfo(code);
            return (
              <li key={code}>
                <button
                  type="button"
                  lang={code}
                  dir={info.dir}
                  aria-current={code === lang ? 'true' : undefined}
                  onClick={() => {
                    setOpen(false);
                    onChoose(code);
                  }}
                >
                  {info.name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
