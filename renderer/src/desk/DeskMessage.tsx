import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface DeskNote {
  tone: 'success' | 'info' | 'warning' | 'error';
  text: string;
  /** Extra lines (server issues without a field on screen, warnings). */
  details?: string[];
  action?: { label: string; onClick: () => void };
}

const COLOR = { success: 'green', info: 'balai', warning: 'yellow', error: 'red' } as const;
const ICON = {
  success: IconCircleCheck,
  info: IconInfoCircle,
  warning: IconAlertTriangle,
  error: IconAlertTriangle,
} as const;

/** The one message line above a desk screen's content: what just happened, or what went wrong. */
export function DeskMessage({ note, children }: { note: DeskNote; children?: ReactNode }) {
  const Icon = ICON[note.tone];
  const more = Boolean(note.details?.length || note.action || children);
  if (!more) {
    // One sentence: the body alone (a title over an empty body leaves a blank band).
    return (
      <Alert
        color={COLOR[note.tone]}
        variant="light"
        icon={<Icon aria-hidden />}
        className={`desk-message desk-message-${note.tone} desk-message-single`}
      >
        {note.text}
      </Alert>
    );
  }
  return (
    <Alert
      color={COLOR[note.tone]}
      variant="light"
      icon={<Icon aria-hidden />}
      className={`desk-message desk-message-${note.tone}`}
      title={note.text}
    >
      {note.details && note.details.length > 0 && (
        <ul className="desk-message-details">
          {note.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {children}
      {note.action && (
        <Button size="xs" variant="default" mt={note.details?.length ? 'xs' : 0} onClick={note.action.onClick}>
          {note.action.label}
        </Button>
      )}
    </Alert>
  );
}
