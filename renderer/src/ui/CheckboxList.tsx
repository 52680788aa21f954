import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import './checkbox-list.css';

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
  hint?: string;
}

/**
 * A group of checkboxes that is ONE stop in the tab order (roving tabindex): Tab enters it,
 * arrow keys move, a letter jumps to the next option starting with it, Space ticks, Tab leaves.
 * Fourteen topics would otherwise cost fourteen Tab presses on every consultation.
 * The first option's input carries `id`, so "focus the first field with an error" works.
 */
export function CheckboxList<V extends string>({
  id,
  legend,
  description,
  options,
  value,
  onChange,
  error,
  columns = 2,
  required,
}: {
  id: string;
  legend: string;
  description?: ReactNode;
  options: readonly CheckboxOption<V>[];
  value: readonly V[];
  onChange: (next: V[]) => void;
  error?: string | null;
  columns?: 1 | 2 | 3;
  required?: boolean;
}) {
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      options.findIndex((o) => !o.disabled),
    ),
  );
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const inputId = (i: number) => (i === 0 ? id : `${id}-${options[i].value}`);

  const move = (to: number, direction = 1) => {
    for (let k = 0; k < options.length; k++) {
      const next = (((to + k * direction) % options.length) + options.length) % options.length;
      if (options[next].disabled) continue;
      setActive(next);
      inputs.current[next]?.focus();
      return;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (step) {
      event.preventDefault();
      move(index + step, step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : options.length - 1, event.key === 'Home' ? 1 : -1);
    } else if (event.key.length === 1 && /\p{L}|\p{N}/u.test(event.key)) {
      // Type-ahead: the next option (after this one) whose label starts with the letter.
      const letter = event.key.toLocaleLowerCase('id');
      for (let k = 1; k <= options.length; k++) {
        const j = (index + k) % options.length;
        if (!options[j].disabled && options[j].label.toLocaleLowerCase('id').startsWith(letter)) {
          event.preventDefault();
          move(j);
          break;
        }
      }
    }
  };

  const toggle = (v: V, checked: boolean) => {
    const set = new Set(value);
    if (checked) set.add(v);
    else set.delete(v);
    // Keep the options' order, whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((o) => set.has(o)));
  };

  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="checkbox-list" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="checkbox-list-legend">
        {legend}
        {required && (
          <span className="checkbox-list-required" aria-hidden>
            {' '}
            *
          </span>
        )}
      </legend>
      {description && (
        <p id={descriptionId} className="checkbox-list-description">
          {description}
        </p>
      )}
      <div className={`checkbox-list-options checkbox-list-columns-${columns}`}>
        {options.map((option, i) => (
          <label key={option.value} className="checkbox-list-option" htmlFor={inputId(i)}>
            <input
              ref={(el) => {
                inputs.current[i] = el;
              }}
              id={inputId(i)}
              type="checkbox"
              tabIndex={i === active ? 0 : -1}
              checked={value.includes(option.value)}
              disabled={option.disabled}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => toggle(option.value, e.currentTarget.checked)}
              onFocus={() => setActive(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
            />
            <span>
              {option.label}
              {option.hint && <span className="checkbox-list-hint"> {option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="checkbox-list-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
