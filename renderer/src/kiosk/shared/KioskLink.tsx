import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useKioskNavigation } from '../session/visitor';

/**
 * A real link (`href="#/kios/…"`, so it reads as a link and opens with Enter) that navigates
 * through the kiosk's history tagging rather than a plain hash change.
 */
export function KioskLink({
  to,
  children,
  ...rest
}: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { go } = useKioskNavigation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(to);
  };
  return (
    <a {...rest} href={`#${to}`} onClick={onClick}>
      {children}
    </a>
  );
}
