import type { FieldIssue } from '../../../electron/shared/errors';

/**
 * Splits server issues into per-field messages (first message per path wins) and the rest,
 * which have no field on the screen and are shown above the form.
 */
export function issuesByField<F extends string>(
  issues: readonly FieldIssue[],
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; other: string[] } {
  const known = new Set<string>(fields);
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const issue of issues) {
    if (known.has(issue.path)) byField[issue.path as F] ??= issue.message;
    else other.push(issue.message);
  }
  return { fields: byField, other };
}
