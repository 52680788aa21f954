import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useKioskNavigation } from '../session/visitor';

/**
 * A kiosk screen below the home screen: "Kembali" and the screen's name, then its one idea.
 * Focus moves to the name when the screen opens, so a screen reader announces where the visitor
 * is and the next Tab starts at the top of this screen.
 */
export function KioskScreen({
  title,
  icon,
  parent,
  onBack,
  className,
  children,
}: {
  title: string;
  icon?: ReactNode;
  /** Where "Kembali" leads when this visitor has no earlier screen to go back to. */
  parent: string;
  /** A screen with steps (questions, choices) steps back itself before leaving. */
  onBack?: () => void;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { back } = useKioskNavigation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(`${title} — ${t('kiosk.documentTitle')}`);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <section className={className ? `kiosk-screen ${className}` : 'kiosk-screen'} aria-labelledby="kiosk-screen-title">
      <div className="kiosk-screen-top no-print">
        <Button
          size="xl"
          variant="default"
          className="kiosk-back"
          leftSection={<IconArrowLeft aria-hidden size={30} />}
          onClick={() => (onBack ? onBack() : back(parent))}
        >
          {t('kiosk.back')}
        </Button>
        <h1 id="kiosk-screen-title" ref={headingRef} tabIndex={-1} className="kiosk-screen-title">
          {icon}
          <span>{title}</span>
        </h1>
      </div>
      {children}
    </section>
  );
}
