import { Alert, Button, Loader } from '@mantine/core';
import { IconLinkOff, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { deskApi } from '../shared/client';
import { LoadProblem } from '../shared/LoadProblem';
import { useLoad } from '../shared/use-load';

/** audit.verify: every row's hash is recomputed from the previous one; a changed row breaks the chain. */
export function ChainStatus() {
  const { t } = useTranslation();
  const fetcher = useCallback(() => deskApi.call('audit.verify'), []);
  const status = useLoad(fetcher);
  const again = (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconRefresh aria-hidden size={14} />}
      onClick={status.reload}
      loading={status.status === 'loading'}
    >
      {t('deskadmin.audit.verifyAgain')}
    </Button>
  );

  if (status.error) return <LoadProblem error={status.error} onRetry={status.reload} />;
  if (!status.value) {
    return (
      <div className="da-chain" role="status">
        <Loader size="sm" />
        {t('deskadmin.audit.verifying')}
      </div>
    );
  }
  const v = status.value;
  return v.ok ? (
    <Alert
      color="green"
      variant="light"
      icon={<IconShieldCheck aria-hidden />}
      title={t('deskadmin.audit.intact')}
      role="status"
      className="da-chain-alert"
    >
      <div className="da-success-row">
        <span>{t('deskadmin.audit.intactDetail', { rows: v.rows })}</span>
        {again}
      </div>
    </Alert>
  ) : (
    <Alert
      color="red"
      variant="light"
      icon={<IconLinkOff aria-hidden />}
      title={t('deskadmin.audit.broken', { seq: v.brokenAt })}
      role="alert"
      className="da-chain-alert"
    >
      <div className="da-success-row">
        <span>{t('deskadmin.audit.brokenDetail', { seq: v.brokenAt })}</span>
        {again}
      </div>
    </Alert>
  );
}
