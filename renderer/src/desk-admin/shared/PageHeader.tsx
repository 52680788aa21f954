import { Anchor, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';

interface Props {
  title: string;
  /** One sentence under the title: what this screen is for. */
  intro?: ReactNode;
  /** Buttons on the right of the title row. */
  actions?: ReactNode;
  back?: { href: string; label: string };
}

/** Every desk-admin screen starts the same way: where am I, what is this for, what can I do. */
export function PageHeader({ title, intro, actions, back }: Props) {
  useDocumentTitle(`${title} — Balai Migran`);
  return (
    <header className="da-page-header">
      {back && (
        <Anchor href={back.href} className="da-back">
          <IconArrowLeft aria-hidden size={18} />
          {back.label}
        </Anchor>
      )}
      <div className="da-title-row">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions && <div className="da-actions">{actions}</div>}
      </div>
      {intro && <Text className="da-intro">{intro}</Text>}
    </header>
  );
}
