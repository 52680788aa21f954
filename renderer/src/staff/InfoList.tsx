import type { ReactNode } from 'react';

/** Label/value pairs as a real description list, so screen readers read them as pairs. */
export function InfoList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="info-list">
      {items.map((item) => (
        <div key={item.label} className="info-row">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
