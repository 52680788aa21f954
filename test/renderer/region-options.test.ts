import { describe, expect, it } from 'vitest';
import type { Region } from '../../electron/shared/domain';
import { filterRegionGroups, groupVillages, normalizeSearch } from '../../renderer/src/setup/region-options';

const village = (code: string, name: string, districtName: string): Region => ({
  code,
  name,
  level: 'village',
  districtName,
});

const VILLAGES = [
  village('32.12.16.2001', 'Panyindangan Kulon', 'Sindang'),
  village('32.12.16.2004', 'Kenanga', 'Sindang'),
  village('32.12.17.2001', 'Kenanga', 'Lohbener'), // same village name, other kecamatan
  village('32.12.01.1001', 'Haurgeulis', 'Haurgeulis'),
];
const groups = groupVillages(VILLAGES, (d) => `Kecamatan ${d}`);

describe('groupVillages', () => {
  it('groups villages by kecamatan in source order, labels carry the code', () => {
    expect(groups.map((g) => g.group)).toEqual(['Kecamatan Sindang', 'Kecamatan Lohbener', 'Kecamatan Haurgeulis']);
    expect(groups[0].items).toEqual([
      { value: '32.12.16.2001', label: 'Panyindangan Kulon · 32.12.16.2001' },
      { value: '32.12.16.2004', label: 'Kenanga · 32.12.16.2004' },
    ]);
  });
});

describe('filterRegionGroups', () => {
  const codes = (query: string) => filterRegionGroups(groups, query).flatMap((g) => g.items.map((i) => i.value));

  it('finds a village by name in every kecamatan that has it', () => {
    expect(codes('kenanga')).toEqual(['32.12.16.2004', '32.12.17.2001']);
  });

  it('lists a whole kecamatan by its name', () => {
    expect(codes('SINDANG')).toEqual(['32.12.16.2001', '32.12.16.2004']);
  });

  it('needs every word, so village plus kecamatan picks one', () => {
    expect(codes('kenanga  lohbener')).toEqual(['32.12.17.2001']);
  });

  it('finds by code', () => {
    expect(codes('32.12.16.2004')).toEqual(['32.12.16.2004']);
  });

  it('drops groups with no match and keeps everything for an empty query', () => {
    expect(filterRegionGroups(groups, 'haur').map((g) => g.group)).toEqual(['Kecamatan Haurgeulis']);
    expect(filterRegionGroups(groups, '   ')).toHaveLength(3);
    expect(codes('tidak-ada')).toEqual([]);
  });
});

describe('normalizeSearch', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(normalizeSearch('  Désa   KENANGA ')).toBe('desa kenanga');
  });
});
