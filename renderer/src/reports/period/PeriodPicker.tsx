import { Button, NativeSelect, TextInput } from '@mantine/core';
import { IconCalendarSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodInput } from '../../../../electron/shared/reports';
import { toTypedDate } from '../../desk/dates-typed';
import { checkCustom, type PeriodKind, type Quarter, quarterOf, yearChoices } from './period';

interface Props {
  value: PeriodInput;
  onChange: (period: PeriodInput) => void;
  /** Today in Asia/Jakarta (`YYYY-MM-DD`), passed in so tests and screens agree on it. */
  today: string;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS: Quarter[] = [1, 2, 3, 4];

/**
 * Month, quarter (triwulan) or own dates. A month or quarter applies as soon as it is picked; own
 * dates apply with the button, so a half-typed date never sends a request. Plain selects and
 * text boxes: they work with a keyboard, a touch screen and a screen reader alike.
 */
export function PeriodPicker({ value, onChange, today }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<PeriodKind>(value.kind);
  const [fromText, setFromText] = useState(value.kind === 'custom' ? toTypedDate(value.from) : '');
  const [toText, setToText] = useState(value.kind === 'custom' ? toTypedDate(value.to) : '');
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; text: string } | null>(null);

  const year =
    value.kind === 'month'
      ? Number(value.month.slice(0, 4))
      : value.kind === 'quarter'
        ? value.year
        : Number(today.slice(0, 4));
  const month = value.kind === 'month' ? Number(value.month.slice(5, 7)) : Number(today.slice(5, 7));
  const quarter = value.kind === 'quarter' ? value.quarter : quarterOf(month);
  const years = yearChoices(today);

  const pickMonth = (y: number, m: number) => onChange({ kind: 'month', month: `${y}-${String(m).padStart(2, '0')}` });
  const pickQuarter = (y: number, q: Quarter) => onChange({ kind: 'quarter', year: y, quarter: q });

  const changeKind = (next: PeriodKind) => {
    setKind(next);
    setProblem(null);
    if (next === 'month') pickMonth(year, month);
    if (next === 'quarter') pickQuarter(year, quarter);
    if (next === 'custom' && !fromText) {
      // Start from the period on screen, so "own dates" begins with something sensible to edit.
      setFromText(toTypedDate(`${year}-${String(month).padStart(2, '0')}-01`));
      setToText(toTypedDate(today));
    }
  };

  const applyCustom = () => {
    const check = checkCustom(fromText, toText, today);
    if (!check.ok) {
      setProblem({ field: check.field, text: t(`reports.period.problem.${check.problem}`) });
      return;
    }
    setProblem(null);
    onChange(check.period);
  };

  return (
    <fieldset className="rp-period">
      <legend className="rp-period-legend">{t('reports.period.legend')}</legend>
      <NativeSelect
        id={`${id}-kind`}
        label={t('reports.period.kind')}
        value={kind}
        onChange={(e) => changeKind(e.currentTarget.value as PeriodKind)}
        data={[
          { value: 'month', label: t('reports.period.kinds.month') },
          { value: 'quarter', label: t('reports.period.kinds.quarter') },
          { value: 'custom', label: t('reports.period.kinds.custom') },
        ]}
      />
      {kind === 'month' && (
        <NativeSelect
          id={`${id}-month`}
          label={t('reports.period.month')}
          value={String(month)}
          onChange={(e) => pickMonth(year, Number(e.currentTarget.value))}
          data={MONTHS.map((m) => ({
            value: String(m),
            label: t(`reports.period.monthNames.m${m}` as 'reports.period.monthNames.m1'),
          }))}
        />
      )}
      {kind === 'quarter' && (
        <NativeSelect
          id={`${id}-quarter`}
          label={t('reports.period.quarter')}
          value={String(quarter)}
          onChange={(e) => pickQuarter(year, Number(e.currentTarget.value) as Quarter)}
          data={QUARTERS.map((q) => ({
            value: String(q),
            label: t(`reports.period.quarters.q${q}` as 'reports.period.quarters.q1'),
          }))}
        />
      )}
      {kind !== 'custom' && (
        <NativeSelect
          id={`${id}-year`}
          label={t('reports.period.year')}
          value={String(year)}
          onChange={(e) => {
            const y = Number(e.currentTarget.value);
            if (kind === 'month') pickMonth(y, month);
            else pickQuarter(y, quarter);
          }}
          data={years.map((y) => String(y))}
        />
      )}
      {kind === 'custom' && (
        <form
          className="rp-period-custom"
          onSubmit={(e) => {
            e.preventDefault();
            applyCustom();
          }}
        >
          <TextInput
            id={`${id}-from`}
            label={t('reports.period.from')}
            description={t('reports.period.dateHint')}
            value={fromText}
            onChange={(e) => setFromText(e.currentTarget.value)}
            error={problem?.field === 'from' ? problem.text : undefined}
            inputMode="numeric"
            autoComplete="off"
          />
          <TextInput
            id={`${id}-to`}
            label={t('reports.period.to')}
            description={t('reports.period.dateHint')}
            value={toText}
            onChange={(e) => setToText(e.currentTarget.value)}
            error={problem?.field === 'to' ? problem.text : undefined}
            inputMode="numeric"
            autoComplete="off"
          />
          <Button type="submit" leftSection={<IconCalendarSearch aria-hidden size={18} />}>
            {t('reports.period.apply')}
          </Button>
        </form>
      )}
    </fieldset>
  );
}
