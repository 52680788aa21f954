import { Alert, Button, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The temporary password, shown once: it is not stored anywhere the screen could fetch it again.
 * Large, spaced characters, because it is read out or copied onto paper.
 */
export function TemporaryPasswordNotice({
  name,
  username,
  password,
  onClose,
}: {
  name: string;
  username: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconKey aria-hidden />}
      title={t('deskadmin.users.temporary.title', { name })}
      className="da-temporary"
      role="status"
    >
      <Text>{t('deskadmin.users.temporary.forUser', { username })}</Text>
      <p className="da-temporary-password">{password}</p>
      <Text>{t('deskadmin.users.temporary.once')}</Text>
      <Text>{t('deskadmin.users.temporary.mustChange')}</Text>
      <Button mt="sm" variant="default" onClick={onClose}>
        {t('deskadmin.users.temporary.hide')}
      </Button>
    </Alert>
  );
}
