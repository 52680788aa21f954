import { Button, SegmentedControl, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KIND_LABELS, HISTORY_PRESETS, type HistoryPreset } from '../../../../electron/shared/edukasi';
import { eduApi } from '../shared/client';
import { useStatusWord } from '../shared/labels';
import { formatDay, jakartaToday, LoadProblem, useLoad } from '../shared/reuse';

type Range = { preset: HistoryPreset } | { from: string; to: string };

/** A child's attendance: rate over 7/30/365 days or a chosen range, the counts, and each mark. */
export function AttendanceHistoryPanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const word = useStatusWord();
  const [choice, setChoice] = useState<HistoryPreset | 'custom'>('30d');
  const [range, setRange] = useState<Range>({ preset: '30d' });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(jakartaToday());
  const history = useLoad(
    useCallback(() => eduApi.call('attendance.history', { personId, ...range }), [personId, range]),
  );
  const h = history.value;

  return (
    <section className="edu-panel" aria-labelledby="edu-history">
      <h2 id="edu-history">{t('edukasi.detail.history')}</h2>
      <SegmentedControl
        aria-label={t('edukasi.detail.rangeLabel')}
        value={choice}
        onChange={(v) => {
          const next = v as HistoryPreset | 'custom';
          setChoice(next);
          if (next !== 'custom') setRange({ preset: next });
        }}
        data={[...HISTORY_PRESETS, 'custom' as const].map((p) => ({
          value: p,
          label: t(`edukasi.detail.preset.${p}`),
        }))}
      />
      {choice === 'custom' && (
        <form
          className="edu-toolbar da-mt"
          onSubmit={(e) => {
            e.preventDefault();
            if (from && to) setRange({ from, to });
          }}
        >
          <TextInput
            type="date"
            label={t('edukasi.detail.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('edukasi.detail.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          <Button type="submit" variant="default">
            {t('edukasi.detail.show')}
          </Button>
        </form>
      )}
      {history.error && <LoadProblem error={history.error} onRetry={history.reload} />}
      {h && (
        <div className="da-mt">
          <p className="edu-rate" aria-live="polite">
            {h.rate === null
              ? t('edukasi.detail.noRate')
              : t('edukasi.detail.rate', {
                  rate: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { style: 'percent' }).format(
                    h.rate,
                  ),
                })}
          </p>
          <p>{`${formatDay(h.from, i18n.language)} – ${formatDay(h.to, i18n.language)}`}</p>
          <p>{t('edukasi.detail.counts', h.counts)}</p>
          <p>
            <small>{h.formula}</small>
          </p>
          {h.marks.length > 0 && (
            <table className="edu-table">
              <caption className="da-visually-hidden">{t('edukasi.detail.historyTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edukasi.detail.date')}</th>
                  <th scope="col">{t('edukasi.detail.activity')}</th>
                  <th scope="col">{t('edukasi.detail.status')}</th>
                </tr>
              </thead>
              <tbody>
                {h.marks.map((m) => (
                  <tr key={m.activityId}>
                    <td>{formatDay(m.date, i18n.language)}</td>
                    <td>{`${m.title} · ${ACTIVITY_KIND_LABELS[m.kind]}${m.groupName ? ` · ${m.groupName}` : ''}`}</td>
                    <td>
                      <span className="edu-status" data-status={m.status}>
                        {word(m.status)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
