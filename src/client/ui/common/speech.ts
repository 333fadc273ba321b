import { useEffect, useState } from 'preact/hooks';
import type { LanguageInfo } from '../../../shared/language';

/**
 * A voice on the phone itself for the language: only `localService` voices, so a question is
 * never sent to a speech service on the network (Chrome also lists Google's online voices).
 */
export function localVoice(
  voices: readonly SpeechSynthesisVoice[],
  info: LanguageInfo,
): SpeechSynthesisVoice | null {
  for (const prefix of info.voices) {
    const match = voices.find(
      (v) =>
        v.localService &&
        (v.lang.toLowerCase() === prefix || v.lang.toLowerCase().startsWith(`${prefix}-`)),
    );
    if (match) return match;
  }
  return null;
}

export interface Speech {
  /** undefined while the phone is still listing its voices, null when it has none for the language. */
  voice: SpeechSynthesisVoice | null | undefined;
  speaking: boolean;
  speak(text: string): void;
  stop(): void;
}

/** Read-aloud with the Web Speech API, in the current language where the phone has a voice. */
export function useSpeech(info: LanguageInfo): Speech {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | undefined>(() =>
    synth?.getVoices().length ? synth.getVoices() : undefined,
  );
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (!synth) return setVoices([]);
    const load = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', load);
    // Some browsers never fire the event when there are no voices at all.
    const timer = setTimeout(load, 1500);
    return () => {
      synth.removeEventListener('voiceschanged', load);
      clearTimeout(timer);
      synth.cancel();
    };
  }, []);
  const voice = voices === undefined ? undefined : localVoice(voices, info);
  return {
    voice,
    speaking,
    speak(text) {
      if (!synth || !voice) return;
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      u.onend = u.onerror = () => setSpeaking(false);
      setSpeaking(true);
      synth.speak(u);
    },
    stop() {
      synth?.cancel();
      setSpeaking(false);
    },
  };
}
