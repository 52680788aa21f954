import type { ReactNode } from 'react';

/**
 * A boxed note: `caution` (yellow) for "check this with the officer", `danger` (red) for closed
 * routes and red flags, `info` (teal) for plain facts about the screen. The icon always comes
 * with words, never alone.
 */
export function Note({
  tone,
  icon,
  title,
  children,
}: {
  tone: 'caution' | 'danger' | 'info';
  icon: ReactNode;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`kiosk-note kiosk-note-${tone}`}>
      {icon}
      <div className="kiosk-note-body">
        {title && <p className="kiosk-note-title">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
