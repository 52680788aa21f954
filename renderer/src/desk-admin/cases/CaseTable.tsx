import { Anchor, Badge, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../electron/shared/desk';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { formatDayOf, formatMoment } from '../shared/format';
import { label, RISK_COLOR, STATUS_COLOR } from '../shared/labels';

export type CaseColumn = 'code' | 'kind' | 'risk' | 'status' | 'agency' | 'openedAt' | 'updatedAt';

interface Props {
  items: CaseSummary[];
  /** Which columns, in order: the full list shows all, a person's or an agency's page fewer. */
  columns: readonly CaseColumn[];
  /** The table's accessible name (screen readers, e2e). */
  label?: string;
  busy?: boolean;
}

/** Complaints as one table everywhere they are listed: the code links to the case, words from i18n. */
export function CaseTable({ items, columns, label: tableLabel, busy }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const cell: Record<CaseColumn, (c: CaseSummary) => ReactNode> = {
    code: (c) => (
      <Anchor href={staffHref(DESK_ADMIN_PATHS.case(c.id))} className="da-mono da-code-link">
        {c.referenceCode}
      </Anchor>
    ),
    kind: (c) => label.caseKind(t, c.kind),
    risk: (c) => (
      <Badge className="da-badge" variant="light" color={RISK_COLOR[c.risk]}>
        {label.caseRisk(t, c.risk)}
      </Badge>
    ),
    status: (c) => (
      <Badge className="da-badge" variant="light" color={STATUS_COLOR[c.status]}>
        {label.caseStatus(t, c.status)}
      </Badge>
    ),
    agency: (c) => c.agency?.name ?? '—',
    openedAt: (c) => formatDayOf(c.openedAt, lang),
    updatedAt: (c) => formatMoment(c.updatedAt, lang),
  };
  return (
    <Table
      className="da-table"
      striped
      withTableBorder
      verticalSpacing="xs"
      aria-label={tableLabel}
      aria-busy={busy || undefined}
    >
      <Table.Thead>
        <Table.Tr>
          {columns.map((col) => (
            <Table.Th key={col} scope="col">
              {t(`deskadmin.cases.${col}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.id}>
            {columns.map((col) => (
              <Table.Td key={col}>{cell[col](c)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
