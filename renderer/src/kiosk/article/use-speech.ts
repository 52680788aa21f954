import { useCallback, useEffect, useRef, useState } from 'react';
import { pickVoice } from './speech';

/**
 * Reads text aloud with the system's speech engine. `available` stays false until a local voice
 * for the language exists; voices arrive asynchronously, so it listens to `voiceschanged`.
 * Leaving the screen stops the voice.
 */
export function useSpeech(lang: 'id' | 'en') {
  const synth = typeof window === 'undefined' ? undefined : window.speechSynthesis;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);
  // Utterances cancelled by a later Stop or Dengarkan still fire `end`/`error`; only the current
  // round may change the button.
  const round = useRef(0);

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoice(pickVoice(synth.getVoices(), lang));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      synth.cancel();
      setSpeaking(false);
    };
  }, [synth, lang]);

  const speak = useCallback(
    (chunks: readonly string[]) => {
      if (!synth || !voice || chunks.length === 0) return;
      synth.cancel();
      const mine = ++round.current;
      const done = () => {
        if (round.current === mine) setSpeaking(false);
      };
      chunks.forEach((text, n) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        // A little slower than the default: the listeners may not be used to the official words.
        utterance.rate = 0.9;
        if (n === chunks.length - 1) utterance.onend = done;
        utterance.onerror = done;
        synth.speak(utterance);
      });
      setSpeaking(true);
    },
    [synth, voice],
  );

  const stop = useCallback(() => {
    round.current++;
    synth?.cancel();
    setSpeaking(false);
  }, [synth]);

  return { available: voice !== null, speaking, speak, stop };
}
