import { Badge, Button, Table, Text } from '@mantine/core';
import { IconHandOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../electron/shared/people';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deskApi } from '../shared/client';
import { formatDayOf } from '../shared/format';
import { label } from '../shared/labels';

/** Consents of one person (UU PDP Pasal 20–22) and withdrawing one, after a confirmation. */
export function ConsentList({
  consents,
  canWithdraw,
  onWithdrawn,
}: {
  consents: Consent[];
  canWithdraw: boolean;
  onWithdrawn: (consent: Consent) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [pending, setPending] = useState<Consent | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const purposes = (c: Consent) => c.purposes.map((p) => label.consentPurpose(t, p)).join(', ');

  const withdraw = async () => {
    if (!pending) return;
    setBusy(true);
    setError(null);
    const result = await deskApi.call('people.withdrawConsent', { consentId: pending.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setPending(null);
    onWithdrawn(result.value.consent);
  };

  if (consents.length === 0) return <Text className="da-empty">{t('deskadmin.person.noConsents')}</Text>;
  return (
    <>
      <Table
        className="da-table"
        striped
        withTableBorder
        verticalSpacing="xs"
        aria-label={t('deskadmin.person.consents')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('deskadmin.person.consentPurposes')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consentGivenBy')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consentMethod')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consentGivenAt')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consentStatus')}</Table.Th>
            {canWithdraw && <Table.Th scope="col">{t('deskadmin.users.colActions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consents.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{purposes(c)}</Table.Td>
              <Table.Td>
                {label.consentRelation(t, c.givenBy)}
                {c.givenByName ? ` (${c.givenByName})` : ''}
              </Table.Td>
              <Table.Td>
                {label.consentMethod(t, c.method)}
                {c.evidenceRef && (
                  <Text size="sm" c="dimmed">
                    {t('deskadmin.person.evidence', { ref: c.evidenceRef })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="da-nowrap">{formatDayOf(c.givenAt, lang)}</Table.Td>
              <Table.Td>
                {c.withdrawnAt ? (
                  <Badge className="da-badge" variant="light" color="gray">
                    {t('deskadmin.person.withdrawnAt', { date: formatDayOf(c.withdrawnAt, lang) })}
                  </Badge>
                ) : (
                  <Badge className="da-badge" variant="light" color="green">
                    {t('deskadmin.person.consentActive')}
                  </Badge>
                )}
              </Table.Td>
              {canWithdraw && (
                <Table.Td>
                  {!c.withdrawnAt && (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconHandOff aria-hidden size={16} />}
                      onClick={() => {
                        setError(null);
                        setPending(c);
                      }}
                      aria-label={t('deskadmin.person.withdrawFor', { purposes: purposes(c) })}
                    >
                      {t('deskadmin.person.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pending && (
        <ConfirmDialog
          title={t('deskadmin.person.withdrawTitle')}
          confirmLabel={t('deskadmin.person.withdrawAction')}
          tone="danger"
          busy={busy}
          error={error}
          onCancel={() => setPending(null)}
          onConfirm={withdraw}
        >
          <p>{t('deskadmin.person.withdrawBody', { purposes: purposes(pending) })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
