import { describe, expect, it } from 'vitest';
import { villageDisplayName, villageKind } from '../../renderer/src/village/village-name';

const format = (kind: string, name: string) => `${kind === 'desa' ? 'Desa' : 'Kelurahan'} ${name}`;

describe('villageKind', () => {
  it('reads desa (2xxx) and kelurahan (1xxx) from the Kemendagri code', () => {
    expect(villageKind('32.12.16.2004')).toBe('desa');
    expect(villageKind('32.12.16.1001')).toBe('kelurahan');
    expect(villageKind('32.12.16')).toBeNull();
    expect(villageKind('32.12.16.3004')).toBeNull();
  });
});

describe('villageDisplayName', () => {
  it('adds the kind the code implies', () => {
    expect(villageDisplayName('Kenanga', '32.12.16.2004', format)).toBe('Desa Kenanga');
    expect(villageDisplayName('Karanganyar', '32.12.16.1001', format)).toBe('Kelurahan Karanganyar');
  });

  it('never doubles a kind the admin already typed, and leaves unknown codes alone', () => {
    expect(villageDisplayName('Desa Kenanga ', '32.12.16.2004', format)).toBe('Desa Kenanga');
    expect(villageDisplayName('kelurahan Lemahabang', '32.12.16.2004', format)).toBe('kelurahan Lemahabang');
    expect(villageDisplayName('Kenanga', 'bukan-kode', format)).toBe('Kenanga');
  });
});
