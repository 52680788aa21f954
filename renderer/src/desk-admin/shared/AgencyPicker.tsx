import { Button, Input, Text, TextInput } from '@mantine/core';
import { IconBuildingStore, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyHit } from '../../../../electron/shared/kiosk';
import { deskApi } from './client';

/** What a form keeps of the chosen P3MI. */
export interface ChosenAgency {
  id: string;
  name: string;
  licenceNumber: string;
  /** Licence status as the registry holds it today: active, suspended, revoked, expired. */
  status: string;
}

export function chosenFromHit(hit: AgencyHit): ChosenAgency {
  return { id: hit.id, name: hit.name, licenceNumber: hit.licenceNumber, status: hit.status };
}

const KNOWN_STATUSES = ['active', 'suspended', 'revoked', 'expired'] as const;

/** "Izin aktif", "Izin dicabut"…; an unknown status shows as stored. */
export function agencyStatusLabel(t: TFunction, status: string): string {
  return (KNOWN_STATUSES as readonly string[]).includes(status)
    ? t(`deskadmin.agency.status.${status as (typeof KNOWN_STATUSES)[number]}`)
    : status;
}

const SEARCH_DELAY_MS = 250;

/**
 * Choose a P3MI from the registry (agencies.search), by name or licence number. The registry is
 * the admin's import of the official list; a company that is not in it cannot be linked.
 */
export function AgencyPicker({
  value,
  onChange,
  error,
  label,
}: {
  value: ChosenAgency | null;
  onChange: (agency: ChosenAgency | null) => void;
  error?: string;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<AgencyHit[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsId = useId();

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setHits([]);
      setNotice(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(async () => {
      setSearching(true);
      const result = await deskApi.call('agencies.search', { q: query, limit: 8, lang });
      if (!live) return;
      setSearching(false);
      if (result.ok) {
        setHits(result.value.results);
        setNotice(result.value.results.length === 0 ? result.value.notice : null);
      } else {
        setHits([]);
        setNotice(result.error.message);
      }
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, lang]);

  if (value) {
    return (
      <Input.Wrapper label={label} error={error}>
        <div className="da-chosen">
          <IconBuildingStore aria-hidden size={20} />
          <div className="da-chosen-text">
            <Text fw={600}>{value.name}</Text>
            <Text
              size="sm"
              c={value.status === 'active' ? 'dimmed' : 'red.9'}
              fw={value.status === 'active' ? 400 : 700}
            >
              {t('deskadmin.agency.licence', {
                number: value.licenceNumber,
                status: agencyStatusLabel(t, value.status),
              })}
            </Text>
          </div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconX aria-hidden size={14} />}
            onClick={() => {
              onChange(null);
              setQ('');
              window.setTimeout(() => inputRef.current?.focus(), 0);
            }}
          >
            {t('deskadmin.agency.change')}
          </Button>
        </div>
      </Input.Wrapper>
    );
  }

  return (
    <div className="da-agency-picker">
      <TextInput
        ref={inputRef}
        label={label}
        description={t('deskadmin.agency.hint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        error={error}
        aria-controls={resultsId}
        autoComplete="off"
        spellCheck={false}
      />
      <div id={resultsId} aria-live="polite" aria-busy={searching}>
        {hits.length > 0 && (
          <ul className="da-pick-list" aria-label={t('deskadmin.agency.results')}>
            {hits.map((hit) => (
              <li key={hit.id}>
                <button type="button" className="da-pick" onClick={() => onChange(chosenFromHit(hit))}>
                  <span className="da-pick-name">{hit.name}</span>
                  <span className={hit.status === 'active' ? 'da-pick-meta' : 'da-pick-meta da-pick-warning'}>
                    {t('deskadmin.agency.licence', {
                      number: hit.licenceNumber,
                      status: agencyStatusLabel(t, hit.status),
                    })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {notice && (
          <Text size="sm" mt={4}>
            {notice}
          </Text>
        )}
      </div>
    </div>
  );
}
