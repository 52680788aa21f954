import { Button } from '@mantine/core';
import { IconPlayerStop, IconVolume } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { speechChunks } from './speech';
import { useSpeech } from './use-speech';

/**
 * "Dengarkan" reads the text aloud in its own language; "Berhenti" stops. Not shown at all when
 * this computer has no voice for that language: a button that stays silent would only confuse.
 */
export function ListenButton({ lines, lang }: { lines: readonly string[]; lang: 'id' | 'en' }) {
  const { t } = useTranslation();
  const { available, speaking, speak, stop } = useSpeech(lang);
  if (!available) return null;
  return speaking ? (
    <Button size="xl" variant="filled" leftSection={<IconPlayerStop aria-hidden size={30} />} onClick={stop}>
      {t('kiosk.article.stop')}
    </Button>
  ) : (
    <Button
      size="xl"
      variant="light"
      className="kiosk-listen"
      leftSection={<IconVolume aria-hidden size={30} />}
      onClick={() => speak(speechChunks(lines))}
    >
      {t('kiosk.article.listen')}
    </Button>
  );
}
