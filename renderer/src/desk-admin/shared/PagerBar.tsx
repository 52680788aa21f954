import { Button, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  loading?: boolean;
  /** Names the list for screen readers: "Halaman daftar pengaduan". */
  label: string;
}

/** "‹ Sebelumnya · Halaman 2 · Berikutnya ›": keyset pages have no total, so no page count. */
export function PagerBar({ page, hasNext, onPrevious, onNext, loading, label }: Props) {
  const { t } = useTranslation();
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="da-pager" aria-label={label}>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconChevronLeft aria-hidden size={16} />}
        onClick={onPrevious}
        disabled={page === 1 || loading}
      >
        {t('deskadmin.common.previousPage')}
      </Button>
      <Text fw={600} aria-live="polite">
        {t('deskadmin.common.page', { page })}
      </Text>
      <Button
        variant="default"
        size="sm"
        rightSection={<IconChevronRight aria-hidden size={16} />}
        onClick={onNext}
        disabled={!hasNext || loading}
      >
        {t('deskadmin.common.nextPage')}
      </Button>
    </nav>
  );
}
