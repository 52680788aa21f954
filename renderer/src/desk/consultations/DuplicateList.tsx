import { Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../electron/shared/people';
import { formatDay } from '../format';
import { placeOf } from '../people-picker/person-text';

/**
 * Possible duplicates (people.checkDuplicates), shown before a new person is stored: the same
 * NIK, or the same name (and birth date). The officer either uses the stored person or says
 * it is someone else; the same NIK is refused by the core anyway.
 */
export function DuplicateList({
  items,
  accepted,
  onUse,
  onAccept,
}: {
  items: DuplicateCandidate[];
  accepted: boolean;
  onUse: (person: DuplicateCandidate) => void;
  onAccept: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  return (
    <section className="person-duplicates" aria-labelledby="cf-duplicates-title">
      <Text fw={700} id="cf-duplicates-title" className="cf-duplicates-title">
        <IconAlertTriangle aria-hidden size={18} /> {t('desk.duplicates.title', { count: items.length })}
      </Text>
      <Text size="sm">{t('desk.duplicates.intro')}</Text>
      <ul>
        {items.map((p, i) => (
          <li key={p.id}>
            <span>
              <strong>{p.fullName}</strong>{' '}
              <span className="cf-muted">
                {[
                  p.reasons.map((r) => t(`desk.duplicates.reason.${r}`)).join(', '),
                  p.nikMasked ? t('desk.people.nik', { nik: p.nikMasked }) : null,
                  p.birthDate ? t('desk.people.born', { date: formatDay(p.birthDate, lang) }) : null,
                  placeOf(p, { rt: t('desk.people.rt'), rw: t('desk.people.rw') }) || null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
            <Button
              size="compact-sm"
              variant="light"
              id={i === 0 ? 'cf-duplicate-first' : undefined}
              onClick={() => onUse(p)}
            >
              {t('desk.duplicates.use')}
              <span className="desk-sr-only"> {p.fullName}</span>
            </Button>
          </li>
        ))}
      </ul>
      {accepted ? (
        <Text size="sm" fw={600}>
          {t('desk.duplicates.accepted')}
        </Text>
      ) : (
        <Button size="compact-sm" variant="default" onClick={onAccept}>
          {t('desk.duplicates.notTheSame')}
        </Button>
      )}
    </section>
  );
}
