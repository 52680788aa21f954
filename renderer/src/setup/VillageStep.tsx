import { Button, Group, Loader, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterRegionGroups, groupVillages, type RegionGroup } from './region-options';
import type { RegionList } from './SetupWizard';
import { FIELD_IDS, type SetupErrors, type SetupField, type SetupValues } from './setup-form';

interface Props {
  regions: RegionList | null;
  values: SetupValues;
  errors: SetupErrors;
  onChange: (patch: Partial<SetupValues>, fields: SetupField[]) => void;
  onSubmit: () => void;
}

export function VillageStep({ regions, values, errors, onChange, onSubmit }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(
    () => (regions ? groupVillages(regions.villages, (district) => t('setup.village.regionGroup', { district })) : []),
    [regions, t],
  );
  const chosen = regions?.villages.find((v) => v.code === values.regionCode);
  const labelOf = (code: string | null) =>
    groups.flatMap((g) => g.items).find((item) => item.value === code)?.label ?? '';
  // Controlled so that picking the village that was already chosen also puts its name back in
  // the box (Mantine leaves the typed search text there when the value does not change).
  const [search, setSearch] = useState<string | null>(null);

  const chooseRegion = (code: string | null) => {
    const previous = regions?.villages.find((v) => v.code === values.regionCode);
    const next = regions?.villages.find((v) => v.code === code);
    // The name follows the chosen village unless someone has already typed their own.
    const followName = next && (!values.villageName.trim() || values.villageName.trim() === previous?.name);
    onChange(
      { regionCode: code, ...(followName ? { villageName: next.name } : {}) },
      followName ? ['village.regionCode', 'village.name'] : ['village.regionCode'],
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="setup-village-heading">
      <Title order={2} size="h3" id="setup-village-heading" mb="md">
        {t('setup.village.heading')}
      </Title>
      <div className="setup-columns">
        {regions ? (
          <Stack gap={6}>
            <Select
              id={FIELD_IDS['village.regionCode']}
              label={t('setup.village.region')}
              description={t('setup.village.regionHint')}
              data={groups}
              value={values.regionCode}
              onChange={chooseRegion}
              searchable
              searchValue={search ?? labelOf(values.regionCode)}
              onSearchChange={setSearch}
              onOptionSubmit={(code) => setSearch(labelOf(code))}
              filter={({ options, search }) => filterRegionGroups(options as RegionGroup[], search)}
              nothingFoundMessage={t('setup.village.nothingFound')}
              // The listbox itself scrolls (no ScrollArea inside it): keyboard users move through it
              // with the arrow keys from the input, the combobox pattern axe and screen readers know.
              withScrollArea={false}
              classNames={{ options: 'setup-region-options' }}
              allowDeselect={false}
              required
              error={errors['village.regionCode']}
              size="md"
            />
            {chosen && (
              <Text size="sm" className="setup-region-chosen">
                {t('setup.village.regionChosen', {
                  code: chosen.code,
                  district: chosen.districtName ?? '',
                  regency: regions.regency.name,
                })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('setup.village.regionSource', { source: regions.source })}
            </Text>
          </Stack>
        ) : (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('setup.village.regionsLoading')}</Text>
          </Group>
        )}

        <Stack gap="md">
          <TextInput
            id={FIELD_IDS['village.name']}
            label={t('setup.village.name')}
            description={t('setup.village.nameHint')}
            value={values.villageName}
            onChange={(e) => onChange({ villageName: e.currentTarget.value }, ['village.name'])}
            required
            error={errors['village.name']}
            size="md"
            autoComplete="off"
          />
          <Textarea
            id={FIELD_IDS['village.address']}
            label={t('setup.village.address')}
            description={t('setup.village.addressHint')}
            value={values.address}
            onChange={(e) => onChange({ address: e.currentTarget.value }, ['village.address'])}
            required
            error={errors['village.address']}
            rows={3}
            size="md"
            autoComplete="street-address"
          />
        </Stack>
      </div>
      <Group justify="flex-end" mt="lg">
        <Button type="submit" size="md" rightSection={<IconArrowRight aria-hidden size={20} />}>
          {t('setup.village.next')}
        </Button>
      </Group>
    </form>
  );
}
