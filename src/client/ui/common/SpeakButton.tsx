import { Volume2 } from 'lucide-preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useI18n } from '../../i18n';
import type { Speech } from './speech';

/** The form's one speech engine, so every speaker button reads with the same voice. */
export const SpeechContext = createContext<Speech | null>(null);

/** A speaker button that reads `text` aloud; absent where the phone has no voice. */
export function SpeakButton({ text, label }: { text: string; label: string }) {
  const speech = useContext(SpeechContext);
  if (!speech?.voice) return null;
  return (
    <button
      type="button"
      class="button button--small speak"
      aria-label={label}
      onClick={() => speech.speak(text)}
    >
      <Volume2 aria-hidden="true" size={20} />
    </button>
  );
}

/**
 * The top of a form: "Read aloud" for its title and lead, or, where the phone has no voice
 * for the language, one short sentence saying so instead of buttons that do nothing.
 */
export function SpeechBar({ text }: { text: string }) {
  const { t } = useI18n();
  const speech = useContext(SpeechContext);
  if (!speech || speech.voice === undefined) return null;
  if (!speech.voice) return <p class="muted speech-none">{t('speak.none')}</p>;
  return (
    <div class="actions speech-bar">
      <button
        type="button"
        class="button button--small speak"
        onClick={() => (speech.speaking ? speech.stop() : speech.speak(text))}
      >
        <Volume2 aria-hidden="true" size={20} />
        <span>{speech.speaking ? t('speak.stop') : t('speak.read')}</span>
      </button>
    </div>
  );
}
