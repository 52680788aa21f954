import { Checkbox } from '@mantine/core';
import { IconVolume } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueDisplay } from '../../../electron/shared/desk';
import { useDocumentTitle } from '../app/use-document-title';
import { formatLongDate } from '../i18n/format';
import { api } from '../platform/api';
import { createClient } from '../platform/client';
import { createHttpTransport } from '../platform/transport';
import { DemoBanner } from '../ui/DemoBanner';
import { useNow } from '../ui/use-now';
import { villageDisplayName } from '../village/village-name';
import { newestCallKey, pickIndonesianVoice, shouldAnnounce } from './speech';
import './queue-display.css';

const POLL_MS = 3_000;

/**
 * In the browser the TV asks without cookies: it is a public screen, and a staff session open
 * in the same browser must not be kept alive (nor shown) by its polling.
 */
const displayApi =
  typeof window !== 'undefined' && !window.balai
    ? createClient(createHttpTransport((input, init) => fetch(input, { ...init, credentials: 'omit' })))
    : api;

/**
 * The waiting-room TV (`#/layar-antrian`, no login): the number each counter is calling, very
 * large, the last calls and how many are waiting. Numbers and counters only, never a name.
 * With an Indonesian voice on the PC, "Suara" reads each new call aloud.
 */
export function QueueDisplayPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('queueDisplay.documentTitle'));
  const now = useNow(15_000);
  const [display, setDisplay] = useState<QueueDisplay | null>(null);
  const [offline, setOffline] = useState<string | null>(null);
  const [village, setVillage] = useState<string | null>(null);
  const [fresh, setFresh] = useState(false);
  const voice = useIndonesianVoice();
  const [sound, setSound] = useState(false);
  const soundRef = useRef(sound);
  soundRef.current = sound;
  const lastKey = useRef<string | null | undefined>(undefined);

  const announce = useCallback(
    (text: string) => {
      if (!soundRef.current || !voice || typeof speechSynthesis === 'undefined') return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      speechSynthesis.cancel();
      speechSynthesis.speak(utterance);
    },
    [voice],
  );

  useEffect(() => {
    void displayApi.call('kiosk.profile').then((r) => {
      if (r.ok && r.value.villageName) {
        setVillage(
          villageDisplayName(r.value.villageName, r.value.regionCode ?? '', (kind, name) =>
            t(`village.${kind}`, { name }),
          ),
        );
      }
    });
  }, [t]);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    let flashTimer: number | undefined;
    const tick = async () => {
      const result = await displayApi.call('queue.display');
      if (stopped) return;
      if (result.ok) {
        setOffline(null);
        if (shouldAnnounce(lastKey.current, result.value)) {
          setFresh(true);
          window.clearTimeout(flashTimer);
          flashTimer = window.setTimeout(() => setFresh(false), 6_000);
          if (result.value.announcement) announce(result.value.announcement);
        }
        lastKey.current = newestCallKey(result.value);
        setDisplay(result.value);
      } else {
        setOffline(result.error.message);
      }
      timer = window.setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.clearTimeout(flashTimer);
    };
  }, [announce]);

  // The newest call is the big one; other counters still calling sit beside it.
  const [main, ...others] = useMemo(
    () => (display ? [...display.nowServing].sort((a, b) => b.calledAt.localeCompare(a.calledAt)) : []),
    [display],
  );

  return (
    <div className="qd">
      <DemoBanner variant="tv" />
      <header className="qd-header">
        <div>
          <p className="qd-brand">{t('app.name')}</p>
          {village && <p className="qd-village">{village}</p>}
        </div>
        <div className="qd-header-right">
          <p className="qd-clock">
            {formatLongDate(now, i18n.resolvedLanguage ?? 'id')} ·{' '}
            {new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' }).format(
              now,
            )}
          </p>
          {voice && (
            <Checkbox
              className="qd-sound"
              size="md"
              label={
                <span className="qd-sound-label">
                  <IconVolume aria-hidden size={22} /> {t('queueDisplay.sound')}
                </span>
              }
              checked={sound}
              onChange={(e) => setSound(e.currentTarget.checked)}
            />
          )}
        </div>
      </header>

      <main className="qd-main">
        <h1 className="qd-sr-only">{t('queueDisplay.title')}</h1>
        <section className={fresh ? 'qd-now qd-now-fresh' : 'qd-now'} aria-live="polite" aria-labelledby="qd-now-title">
          <h2 id="qd-now-title" className="qd-now-title">
            {t('queueDisplay.nowCalling')}
          </h2>
          {main ? (
            <div className="qd-call" data-testid="qd-main-call">
              <p className="qd-ticket">{main.ticket}</p>
              <p className="qd-counter">{t('queueDisplay.toCounter', { counter: main.counter })}</p>
            </div>
          ) : (
            <p className="qd-empty">{display ? t('queueDisplay.noneCalled') : t('app.loading')}</p>
          )}
          {others.length > 0 && (
            <ul className="qd-others" aria-label={t('queueDisplay.otherCounters')}>
              {others.map((call) => (
                <li key={`${call.counter}-${call.ticket}`}>
                  <span className="qd-other-ticket">{call.ticket}</span>
                  <span className="qd-other-counter">{call.counter}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <aside className="qd-side" aria-labelledby="qd-recent-title">
          <h2 id="qd-recent-title" className="qd-side-title">
            {t('queueDisplay.recent')}
          </h2>
          {display && display.recent.length > 0 ? (
            <ol className="qd-recent">
              {display.recent.map((call) => (
                <li key={`${call.ticket}-${call.calledAt}`}>
                  <span className="qd-recent-ticket">{call.ticket}</span>
                  <span className="qd-recent-counter">{call.counter}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="qd-side-empty">{t('queueDisplay.noRecent')}</p>
          )}
          <p className="qd-waiting">
            {t('queueDisplay.waiting')} <strong>{display ? display.waiting : '–'}</strong>
          </p>
        </aside>
      </main>
      <footer className="qd-footer">
        {offline ? <span className="qd-offline">{offline}</span> : t('queueDisplay.footer')}
      </footer>
    </div>
  );
}

/** The Indonesian voice, once the browser has loaded its voice list (it may arrive late). */
function useIndonesianVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoice(pickIndonesianVoice(speechSynthesis.getVoices()));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voice;
}
