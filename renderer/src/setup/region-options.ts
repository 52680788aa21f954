import type { Region } from '../../../electron/shared/domain';

export interface RegionOption {
  value: string;
  label: string;
}

export interface RegionGroup {
  group: string;
  items: RegionOption[];
}

/**
 * Villages grouped by kecamatan, for a searchable picker. Groups and villages keep the order of
 * the source (Kemendagri code order), which is how the district office lists them too.
 */
export function groupVillages(villages: readonly Region[], groupLabel: (district: string) => string): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const v of villages) {
    const district = v.districtName ?? '';
    let group = groups.get(district);
    if (!group) {
      group = { group: groupLabel(district), items: [] };
      groups.set(district, group);
    }
    group.items.push({ value: v.code, label: `${v.name} · ${v.code}` });
  }
  return [...groups.values()];
}

/** Lower-case, no diacritics, single spaces: "Kenanga " and "kenanga" match. */
export function normalizeSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Every word of the query must appear in the village label or its kecamatan name, so
 * "sindang" lists the whole kecamatan and "kenanga sindang" finds one village.
 */
export function filterRegionGroups(groups: readonly RegionGroup[], query: string): RegionGroup[] {
  const words = normalizeSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...groups];
  const result: RegionGroup[] = [];
  for (const g of groups) {
    const groupText = normalizeSearch(g.group);
    const items = g.items.filter((item) => {
      const text = `${normalizeSearch(item.label)} ${groupText}`;
      return words.every((w) => text.includes(w));
    });
    if (items.length > 0) result.push({ group: g.group, items });
  }
  return result;
}
