import { Kbd } from '@mantine/core';
import { shortcutLabel } from '../desk/shortcuts';

/**
 * The shortcut printed on a button ("Alt+N"). Hidden from screen readers: the button carries
 * the same shortcut in `aria-keyshortcuts`, and its name stays the plain action.
 */
export function ShortcutKey({ shortcut }: { shortcut: string }) {
  return (
    <Kbd className="shortcut-key" aria-hidden>
      {shortcutLabel(shortcut)}
    </Kbd>
  );
}
