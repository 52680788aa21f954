import { describe, expect, it } from 'vitest';
import { EDUKASI_METHOD_NAMES } from '../../../electron/core/edukasi/methods';
import { tableCounts } from '../../support/core';
import { SAMPLE_INPUTS } from '../../support/sample-inputs';
import { edukasiCore, enrol, fails, ok } from './support';

describe('Rumah Edukasi roles: children are for the educator and admin only', () => {
  it('refuses desk officers and viewers (FORBIDDEN) and the kiosk (UNAUTHENTICATED) on every method, writing nothing', async () => {
    const { core, edu, tokens } = await edukasiCore();
    const child = await enrol(core, edu, 'Rahasia Fiktif');
    const before = tableCounts(core);
    for (const method of EDUKASI_METHOD_NAMES) {
      // A real id where the sample has a placeholder, so a refusal cannot come from NOT_FOUND.
      const input = JSON.parse(
        JSON.stringify(SAMPLE_INPUTS[method]).replaceAll('00000000-0000-7000-8000-000000000000', child.id),
      );
      for (const role of ['desk', 'viewer'] as const) {
        const e = await fails(core, method, input, tokens[role]);
        expect(e, `${method} as ${role}`).toEqual({
          code: 'FORBIDDEN',
          message: 'Akun Anda tidak berhak membuka bagian ini.',
        });
      }
      const anonymous = await fails(core, method, input);
      expect(anonymous, method).toEqual({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' });
    }
    expect(tableCounts(core)).toEqual(before);
  });

  it('lets the educator and the admin read the same child, and logs each reading', async () => {
    const { core, edu, tokens } = await edukasiCore();
    const child = await enrol(core, edu, 'Rahasia Fiktif');
    expect((await ok(core, 'children.get', { id: child.id }, edu)).fullName).toBe('Rahasia Fiktif');
    expect((await ok(core, 'children.get', { id: child.id }, tokens.admin)).fullName).toBe('Rahasia Fiktif');
    const views = core.db
      .prepare(
        "SELECT actor_label FROM audit_log WHERE entity = 'children' AND action = 'view' AND subject_person_id = ?",
      )
      .all(child.personId);
    expect(views).toEqual([{ actor_label: 'pendamping' }, { actor_label: 'sekdes' }]);
  });

  it('hides an enrolled child from a desk officer in the people module too (search, duplicates, get, update, delete)', async () => {
    const { core, edu, tokens } = await edukasiCore();
    const child = await enrol(core, edu, 'Rahasia Fiktif');
    const search = await ok(core, 'people.search', { q: 'Rahasia' }, tokens.desk);
    expect(search.items).toEqual([]);
    const dup = await ok(core, 'people.checkDuplicates', { fullName: 'Rahasia Fiktif' }, tokens.desk);
    expect(dup.items).toEqual([]);
    for (const [method, input] of [
      ['people.get', { id: child.personId }],
      ['people.update', { id: child.personId, version: 1, phone: '0813 1111 2222' }],
    ] as const) {
      expect((await fails(core, method, input, tokens.desk)).code, method).toBe('NOT_FOUND');
    }
    // The educator still finds the child through the same method.
    const own = await ok(core, 'people.search', { q: 'Rahasia' }, edu);
    expect(own.items.map((p) => p.id)).toEqual([child.personId]);
  });
});
