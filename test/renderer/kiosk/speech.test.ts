import { describe, expect, it } from 'vitest';
import { pickVoice, speechChunks, voiceSpeaks } from '../../../renderer/src/kiosk/article/speech';

const voice = (lang: string, name = lang, extra: { localService?: boolean; default?: boolean } = {}) => ({
  lang,
  name,
  localService: true,
  ...extra,
});

describe('pickVoice', () => {
  it('finds an Indonesian voice by its tag, including the legacy "in" and underscores', () => {
    expect(pickVoice([voice('en-US'), voice('id-ID')], 'id')?.lang).toBe('id-ID');
    expect(pickVoice([voice('en-US'), voice('in_ID')], 'id')?.lang).toBe('in_ID');
    expect(pickVoice([voice('ID')], 'id')?.lang).toBe('ID');
  });

  it('returns null when no voice speaks the language (the listen button is then hidden)', () => {
    expect(pickVoice([voice('en-US'), voice('ms-MY'), voice('jv-ID')], 'id')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('never chooses a voice that needs the internet', () => {
    expect(pickVoice([voice('id-ID', 'Google Bahasa Indonesia', { localService: false })], 'id')).toBeNull();
    expect(pickVoice([voice('id-ID', 'Online', { localService: false }), voice('id-ID', 'Andika')], 'id')?.name).toBe(
      'Andika',
    );
  });

  it('prefers the usual region, then the default voice', () => {
    expect(pickVoice([voice('en-US'), voice('en-GB')], 'en')?.lang).toBe('en-GB');
    expect(pickVoice([voice('en-US', 'a'), voice('en-AU', 'b', { default: true })], 'en')?.name).toBe('b');
  });

  it('does not mistake Indian or other "i…" languages for Indonesian', () => {
    expect(voiceSpeaks(voice('it-IT'), 'id')).toBe(false);
    expect(voiceSpeaks(voice('is-IS'), 'id')).toBe(false);
    expect(voiceSpeaks(voice('ind'), 'id')).toBe(false);
  });
});

describe('speechChunks', () => {
  it('keeps short lines as they are, one utterance per line', () => {
    expect(speechChunks(['Judul', 'Ringkasan singkat.'])).toEqual(['Judul', 'Ringkasan singkat.']);
  });

  it('cuts long text at sentence ends, each piece at most the limit', () => {
    const sentence = 'Calo dilarang menempatkan pekerja migran. ';
    const chunks = speechChunks([sentence.repeat(20)], 100);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(100);
      expect(c).toMatch(/\.$/);
    }
    expect(chunks.join(' ')).toBe(sentence.repeat(20).trim());
  });

  it('cuts a very long sentence at commas or spaces, never inside a word', () => {
    const words = Array.from({ length: 80 }, (_, i) => `kata${i}`).join(' ');
    const chunks = speechChunks([words], 60);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(60);
    expect(chunks.join(' ')).toBe(words);
  });

  it('skips empty lines and squeezes whitespace', () => {
    expect(speechChunks(['', '  a \n  b  ', '   '])).toEqual(['a b']);
  });
});
