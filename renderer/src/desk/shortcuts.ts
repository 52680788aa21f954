import { useEffect, useRef } from 'react';

/**
 * Keyboard shortcuts of the desk screens, written the way they are printed on the buttons and
 * announced through `aria-keyshortcuts` ("Alt+N", "Control+Enter"). Letters are read from the
 * physical key (`code`), because Alt+letter produces other characters on some keyboards.
 */
export interface KeyLike {
  key: string;
  code?: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export function shortcutOf(event: KeyLike): string | null {
  let key: string;
  if (event.code && /^Key[A-Z]$/.test(event.code)) key = event.code.slice(3);
  else if (event.code && /^Digit\d$/.test(event.code)) key = event.code.slice(5);
  else if (event.key === 'Enter' || event.key === 'Escape') key = event.key;
  else return null;
  const mods = [
    event.ctrlKey || event.metaKey ? 'Control' : '',
    event.altKey ? 'Alt' : '',
    event.shiftKey ? 'Shift' : '',
  ]
    .filter(Boolean)
    .join('+');
  if (!mods && key !== 'Escape') return null; // plain letters are typing, not commands
  return mods ? `${mods}+${key}` : key;
}

/** Shown on a button: "Alt+N" stays, "Control" reads "Ctrl" as printed on keyboards. */
export function shortcutLabel(shortcut: string): string {
  return shortcut.replace('Control', 'Ctrl');
}

/**
 * Listens on the window while the screen is shown. Handlers are read from a ref, so a screen
 * may pass a fresh object each render without re-subscribing.
 */
export function useShortcuts(handlers: Record<string, (() => void) | undefined>, enabled = true): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const shortcut = shortcutOf(event);
      const handler = shortcut ? current.current[shortcut] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
