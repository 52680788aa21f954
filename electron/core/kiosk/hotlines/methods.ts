import type { MethodTable } from '../../api/types';
import { emptyInput } from '../../api/zod-messages';
import { listActiveHotlines } from './repository';

export const hotlineMethods: MethodTable<'hotlines.list'> = {
  'hotlines.list': {
    description: 'Kontak & Pengaduan: nomor layanan resmi dengan sumber dan tanggal diperiksa.',
    input: emptyInput,
    handler: (_input, _call, deps) => ({ hotlines: listActiveHotlines(deps.db) }),
  },
};
