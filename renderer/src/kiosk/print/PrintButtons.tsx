import { Button } from '@mantine/core';
import { IconPrinter, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PrintMode, printAs } from './print';

const LABELS: Record<PrintMode, 'a4' | 'receipt58' | 'receipt80'> = {
  a4: 'a4',
  'receipt-58': 'receipt58',
  'receipt-80': 'receipt80',
};

/** One button per paper size the office may have, each naming its paper. */
export function PrintButtons({ modes, short = false }: { modes: readonly PrintMode[]; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-actions no-print">
      {modes.map((mode) => (
        <Button
          key={mode}
          size="xl"
          variant={mode === modes[0] ? 'filled' : 'default'}
          leftSection={mode === 'a4' ? <IconPrinter aria-hidden size={30} /> : <IconReceipt aria-hidden size={30} />}
          onClick={() => printAs(mode, { short })}
        >
          {t(`kiosk.print.${LABELS[mode]}`)}
        </Button>
      ))}
    </div>
  );
}
