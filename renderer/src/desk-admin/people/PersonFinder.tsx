import { Text, TextInput } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../electron/shared/people';
import { deskApi } from '../shared/client';
import { formatDay } from '../shared/format';

const SEARCH_DELAY_MS = 300;

/**
 * Finds a stored person by name, full NIK or phone (people.search) and hands the choice back.
 * Only for reaching people already registered; registering someone new (with consent and the
 * duplicate check) is the consultation form's job.
 */
export function PersonFinder({
  label,
  hint,
  onPick,
  pickLabel,
  excludeIds = [],
}: {
  label: string;
  hint?: string;
  onPick: (person: PersonSummary) => void;
  /** What choosing does, read before the name by screen readers: "Tambahkan", "Buka data". */
  pickLabel: string;
  excludeIds?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [q, setQ] = useState('');
  const [items, setItems] = useState<PersonSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const resultsId = useId();

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setItems(null);
      setProblem(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(async () => {
      setSearching(true);
      const result = await deskApi.call('people.search', { q: query, limit: 8 });
      if (!live) return;
      setSearching(false);
      if (result.ok) {
        setItems(result.value.items);
        setProblem(null);
      } else {
        setItems(null);
        setProblem(result.error.issues?.[0]?.message ?? result.error.message);
      }
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q]);

  const shown = items?.filter((p) => !excludeIds.includes(p.id)) ?? null;
  return (
    <div className="da-person-finder">
      <TextInput
        label={label}
        description={hint ?? t('deskadmin.person.findHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        error={problem}
        aria-controls={resultsId}
        autoComplete="off"
        spellCheck={false}
      />
      <div id={resultsId} aria-live="polite" aria-busy={searching}>
        {shown && shown.length === 0 && (
          <Text size="sm" mt={4}>
            {t('deskadmin.person.noneFound')}
          </Text>
        )}
        {shown && shown.length > 0 && (
          <ul className="da-pick-list" aria-label={t('deskadmin.person.results')}>
            {shown.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="da-pick"
                  onClick={() => {
                    onPick(p);
                    // Chosen: the search has done its job; the box is ready for the next name.
                    setQ('');
                  }}
                >
                  <span className="da-pick-name">
                    <span className="da-visually-hidden">{pickLabel}: </span>
                    {p.fullName}
                  </span>
                  <span className="da-pick-meta">
                    {[
                      p.nikMasked && t('deskadmin.person.nikShort', { nik: p.nikMasked }),
                      p.birthDate && t('deskadmin.person.bornShort', { date: formatDay(p.birthDate, lang) }),
                      p.dusun,
                      p.rt && p.rw ? `RT ${p.rt}/RW ${p.rw}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
