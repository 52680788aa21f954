/** Where a followups.complete message lands on the outcome form. */
export function outcomeIssueField(path: string): 'outcome' | 'note' | 'next' | null {
  if (path === 'outcome') return 'outcome';
  if (path === 'note') return 'note';
  if (path === 'next' || path.startsWith('next.')) return 'next';
  return null;
}
