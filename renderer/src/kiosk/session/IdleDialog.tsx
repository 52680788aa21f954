import { Button } from '@mantine/core';
import { IconDoorExit, IconHandStop } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './idle-dialog.css';

/**
 * "Apakah Anda masih di sini?" A native modal <dialog>: the browser makes the rest of the page
 * inert and keeps focus inside, with no style injected at run time (the CSP forbids it).
 * Escape means "yes, still here", like any other touch.
 */
export function IdleDialog({
  secondsLeft,
  onStay,
  onFinish,
}: {
  secondsLeft: number | null;
  onStay(): void;
  onFinish(): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const open = secondsLeft !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      stayRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="kiosk-idle"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      {open && (
        <div className="kiosk-idle-body">
          <IconHandStop aria-hidden size={72} className="kiosk-idle-icon" />
          <h2 id="kiosk-idle-title" className="kiosk-idle-title">
            {t('kiosk.idle.title')}
          </h2>
          <p id="kiosk-idle-text" className="kiosk-idle-text">
            {t('kiosk.idle.text')}
          </p>
          <p className="kiosk-idle-count">
            <span className="kiosk-idle-number">{secondsLeft}</span> {t('kiosk.idle.seconds')}
          </p>
          <div className="kiosk-idle-actions">
            <Button ref={stayRef} size="xl" onClick={onStay}>
              {t('kiosk.idle.stay')}
            </Button>
            <Button size="xl" variant="default" leftSection={<IconDoorExit aria-hidden size={28} />} onClick={onFinish}>
              {t('kiosk.idle.finish')}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
