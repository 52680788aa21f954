import { IconSearch, IconX } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The kiosk's big search box: a magnifier, large text, and a "Hapus" button once something is
 * typed. Autocomplete is off: a shared screen must never suggest what the last visitor typed.
 */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
  hideLabel = false,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  hideLabel?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <search className="kiosk-search-block">
      <label htmlFor={id} className={hideLabel ? 'kiosk-visually-hidden' : 'kiosk-search-label'}>
        {label}
      </label>
      <div className="kiosk-search">
        <IconSearch aria-hidden size={34} className="kiosk-search-icon" />
        <input
          ref={inputRef}
          id={id}
          className="kiosk-search-input"
          type="text"
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={200}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        {value !== '' && (
          <button
            type="button"
            className="kiosk-search-clear"
            onClick={() => {
              onChange('');
              inputRef.current?.focus();
            }}
          >
            <IconX aria-hidden size={28} />
            {t('kiosk.search.clear')}
          </button>
        )}
      </div>
    </search>
  );
}
