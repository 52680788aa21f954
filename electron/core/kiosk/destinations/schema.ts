import { z } from 'zod';
import { isoDateSchema } from '../dates';

const line = z.string().min(1).max(2000);

/** resources/content/destinations.json: one entry per common destination; no invented figures. */
export const destinationFileSchema = z.array(
  z.object({
    code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
    name_id: z.string().min(1).max(200),
    name_en: z.string().min(1).max(200),
    schemes: z.array(z.string().min(1).max(100)).max(20),
    summary: line,
    cautions: z.array(line).max(50),
    where_to_ask: z.array(line).max(50),
    moratorium_note: line.nullable().optional(),
    sources: z.array(z.string().min(1).max(1000)).max(50),
    confidence: z.string().min(1).max(20),
    verified_at: isoDateSchema,
  }),
);

export type DestinationEntry = z.infer<typeof destinationFileSchema>[number];
