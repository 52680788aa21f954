import { z } from 'zod';
import { QUEUE_SERVICES } from '../../../shared/kiosk';
import type { MethodTable } from '../../api/types';
import { takeTicket } from './take';

const serviceIds = QUEUE_SERVICES.map((s) => s.id) as [
  (typeof QUEUE_SERVICES)[number]['id'],
  ...(typeof QUEUE_SERVICES)[number]['id'][],
];

export const queueMethods: MethodTable<'queue.take'> = {
  'queue.take': {
    description: 'Ambil nomor antrian hari ini (misalnya A-012) untuk satu layanan. Tanpa nama.',
    input: z.strictObject({ service: z.enum(serviceIds, 'Pilih layanan: konsultasi, pengaduan, atau edukasi.') }),
    handler: (input, _call, deps) => takeTicket(deps, input.service),
  },
};
