import { z } from 'zod';
import { METHOD_NAMES } from '../../shared/contract';
import type { MethodDescription } from '../../shared/domain';
import { PERMISSIONS } from '../api/permissions';
// Cycle by design (the registry lists these methods); METHODS is only read at call time.
import { METHODS } from '../api/registry';
import type { MethodTable } from '../api/types';
import { emptyInput } from '../api/zod-messages';
import { schemaVersion } from '../db/migrate';

export const systemMethods: MethodTable<'system.health' | 'system.describe'> = {
  'system.health': {
    description: 'Status aplikasi: versi dan versi skema basis data.',
    input: emptyInput,
    handler: (_input, _call, deps) => ({ ok: true, version: deps.version, schemaVersion: schemaVersion(deps.db) }),
  },
  'system.describe': {
    description: 'Daftar semua layanan API: skema masukan (JSON Schema), peran yang boleh, dan keterangan.',
    input: emptyInput,
    handler: () => {
      const methods: MethodDescription[] = METHOD_NAMES.map((name) => ({
        name,
        description: METHODS[name].description,
        roles: [...PERMISSIONS[name]],
        inputSchema: z.toJSONSchema(METHODS[name].input, { io: 'input', unrepresentable: 'any' }),
      }));
      return { methods };
    },
  },
};
