import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { useSessionInterruption } from '../staff/session';
import './dialog.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  title: string;
  children: ReactNode;
  /** Escape, the close button of the browser, or "Batal". */
  onClose: () => void;
  /** Where the keyboard starts; the first focusable element when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  tone?: 'default' | 'danger';
  /** While a request runs, Escape must not leave a half-done action behind. */
  busy?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert,
 * and Tab wraps inside the dialog, so the keyboard cannot wander off behind it. Our own CSS, no
 * injected styles (Mantine's Modal writes a <style> element, which the CSP refuses). Rendered
 * only while open; focus goes back to where it was when it closes.
 */
export function AppDialog({ title, children, onClose, initialFocus, tone = 'default', busy = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The staff lock screen is an ordinary overlay; a modal <dialog> sits in the top layer above
  // it and would make it inert. Step aside while the session is locked, come back after.
  const locked = useSessionInterruption() !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, [initialFocus]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (locked && dialog.open) dialog.close();
    else if (!locked && !dialog.open) dialog.showModal();
  }, [locked]);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="app-dialog"
      data-tone={tone}
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        // The browser would close the element itself; React state decides instead.
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="app-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
