import { z } from 'zod';

const line = z.string().min(1).max(2000);

/** resources/content/calo-check.json: yes/no questions built from the warning signs in domain.md §4.1. */
export const caloFileSchema = z.object({
  version: z.union([z.string(), z.number()]).transform(String),
  intro: line,
  never_safe_note: line,
  questions: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
        text: line,
        red_flag_answer: z.enum(['yes', 'no']),
        flag: line,
        advice: line,
        source: z.string().min(1).max(1000),
      }),
    )
    .min(1)
    .max(100),
  next_steps: z.array(line).max(30),
});

export type CaloFile = z.infer<typeof caloFileSchema>;
