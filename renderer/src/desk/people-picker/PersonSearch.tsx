import { Loader, TextInput } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { type KeyboardEvent, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../electron/shared/people';
import { staffApi } from '../../staff/session';
import { formatDay } from '../format';
import { placeOf } from './person-text';
import './people-picker.css';

const DEBOUNCE_MS = 250;
const LIMIT = 8;

type Status =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; hasMore: boolean }
  | { kind: 'failed'; message: string };

/**
 * Finds a stored person by name, full NIK or phone while the officer types (people.search).
 * A combobox with the list inline under the box: arrows move, Enter picks, and the last option
 * is always "catat sebagai orang baru" with what was typed, so a new visitor costs one Enter.
 */
export function PersonSearch({
  id,
  label,
  description,
  error,
  inputRef,
  onPick,
  onNewPerson,
}: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onPick: (person: PersonSummary) => void;
  onNewPerson: (typed: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [q, setQ] = useState('');
  const [items, setItems] = useState<PersonSummary[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  const listId = `${id}-list`;
  const ready = q.trim().length >= 2;
  // Results, then the "new person" option.
  const optionCount = ready ? items.length + 1 : 0;

  useEffect(() => {
    const query = q.trim();
    const mine = ++seq.current;
    if (query.length < 2) {
      setItems([]);
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'searching' });
    const timer = window.setTimeout(async () => {
      const result = await staffApi.call('people.search', { q: query, limit: LIMIT });
      if (mine !== seq.current) return; // a newer search is on its way
      if (result.ok) {
        setItems(result.value.items);
        setActive(0);
        setStatus({ kind: 'done', hasMore: result.value.hasMore });
      } else {
        setItems([]);
        setStatus({ kind: 'failed', message: result.error.message });
      }
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [q]);

  const choose = (index: number) => {
    if (index < items.length) onPick(items[index]);
    else onNewPerson(q);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (optionCount === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + optionCount) % optionCount);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
      // Enter picks here; it must not submit the whole consultation form.
      event.preventDefault();
      if (status.kind === 'searching') return;
      choose(Math.min(active, optionCount - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQ('');
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  const statusText =
    status.kind === 'searching'
      ? t('desk.people.searching')
      : status.kind === 'failed'
        ? status.message
        : status.kind === 'done'
          ? items.length === 0
            ? t('desk.people.noneFound')
            : status.hasMore
              ? t('desk.people.foundMore', { count: items.length })
              : t('desk.people.found', { count: items.length })
          : '';

  return (
    <div className="person-search">
      <TextInput
        ref={inputRef}
        id={id}
        label={label}
        description={description}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        error={error}
        aria-invalid={error ? true : undefined}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={optionCount > 0}
        aria-controls={listId}
        aria-activedescendant={optionCount > 0 ? optionId(Math.min(active, optionCount - 1)) : undefined}
        autoComplete="off"
        spellCheck={false}
        leftSection={status.kind === 'searching' ? <Loader size={16} /> : <IconSearch aria-hidden size={18} />}
      />
      <p className="person-search-status" aria-live="polite">
        {statusText}
      </p>
      {/* Always in the DOM (aria-controls must point at it); empty until there is something to show. */}
      <div id={listId} role="listbox" aria-label={label} className="person-search-list" hidden={optionCount === 0}>
        {ready &&
          items.map((person, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the combobox input (arrows + Enter)
            <div
              key={person.id}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className="person-search-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
            >
              <span className="person-search-name">{person.fullName}</span>
              <span className="person-search-detail">
                {[
                  person.nikMasked ? t('desk.people.nik', { nik: person.nikMasked }) : null,
                  person.birthDate ? t('desk.people.born', { date: formatDay(person.birthDate, lang) }) : null,
                  person.sex ? t(`desk.people.sexShort.${person.sex}`) : null,
                  placeOf(person, { rt: t('desk.people.rt'), rw: t('desk.people.rw') }) || null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
          ))}
        {ready && (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the combobox input (arrows + Enter)
          <div
            id={optionId(items.length)}
            role="option"
            tabIndex={-1}
            aria-selected={active === items.length}
            className="person-search-option person-search-new"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(items.length)}
          >
            <IconUserPlus aria-hidden size={18} />
            <span>{t('desk.people.newFromSearch', { text: q.trim() })}</span>
          </div>
        )}
      </div>
    </div>
  );
}
