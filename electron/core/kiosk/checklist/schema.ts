import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);

/** resources/content/checklists.json: documents per placement scheme and marital status. */
export const checklistFileSchema = z.object({
  version: z.union([z.string(), z.number()]).transform(String),
  schemes: z
    .array(z.object({ id, label: z.string().min(1).max(200), note: z.string().max(1000).nullable().optional() }))
    .min(1),
  marital_statuses: z.array(z.object({ id, label: z.string().min(1).max(200) })).min(1),
  items: z.array(
    z.object({
      id,
      text: z.string().min(1).max(1000),
      // Empty list (or "*") = applies to every scheme / marital status.
      schemes: z.array(z.string().max(64)).max(50),
      marital: z.array(z.string().max(64)).max(50),
      note: z.string().max(1000).nullable().optional(),
      source: z.string().min(1).max(1000),
    }),
  ),
});

export type ChecklistFile = z.infer<typeof checklistFileSchema>;
