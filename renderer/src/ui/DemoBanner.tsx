import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemoMode } from './use-demo-mode';
import './demo-banner.css';

/**
 * "DATA CONTOH" on the demo village: a full-width strip in the page flow (it pushes content
 * down, never covers it), printed too. The status region is always there, empty on a real
 * village, so a screen reader announces the text once when it appears. `tv` is the large
 * variant for the waiting-room screen; `className` places it in the host's layout.
 */
export function DemoBanner({ variant = 'staff', className }: { variant?: 'staff' | 'tv'; className?: string }) {
  const { t } = useTranslation();
  const demo = useDemoMode();

  // Marks the document so every printed page names itself DATA CONTOH (see demo-banner.css).
  useEffect(() => {
    if (!demo) return;
    const root = document.documentElement;
    root.dataset.demo = 'true';
    return () => {
      delete root.dataset.demo;
    };
  }, [demo]);

  return (
    <div
      role="status"
      className={[demo ? `demo-banner demo-banner-${variant}` : 'demo-banner-empty', className]
        .filter(Boolean)
        .join(' ')}
    >
      {demo && (
        <p className="demo-banner-text">
          <IconAlertTriangle aria-hidden className="demo-banner-icon" />
          <strong className="demo-banner-label">{t('demo.label')}</strong>
          <span>{t('demo.text')}</span>
        </p>
      )}
    </div>
  );
}
