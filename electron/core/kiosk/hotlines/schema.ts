import { z } from 'zod';
import { HOTLINE_KINDS } from '../../../shared/kiosk';
import { isoDateSchema } from '../dates';

/**
 * resources/content/hotlines.json. Only numbers domain.md marks sure or likely may ship, each
 * with its source and the date it was checked; an "unsure" entry makes the file invalid.
 */
export const hotlineFileSchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/),
    name: z.string().min(1).max(200),
    kind: z.enum(HOTLINE_KINDS),
    value: z.string().min(1).max(300),
    note: z.string().max(1000).nullable().optional(),
    source: z.string().min(1).max(1000),
    confidence: z.enum(['sure', 'likely']),
    verified_at: isoDateSchema,
  }),
);

export type HotlineSeed = z.infer<typeof hotlineFileSchema>[number];
