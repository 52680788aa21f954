import './print.css';

/** Paper the office may have: an A4 printer, or a 58 mm or 80 mm receipt printer. */
export type PrintMode = 'a4' | 'receipt-58' | 'receipt-80';

/**
 * Marks the page with the paper size (print.css picks the matching @page and layout), then opens
 * the print dialog. The mark stays until the next print or `afterprint`, so the print preview
 * and the printout agree.
 */
export function printAs(mode: PrintMode, options: { short?: boolean } = {}): void {
  const root = document.documentElement;
  root.dataset.print = mode;
  // A queue ticket is a few lines: a short page, so the receipt printer does not feed blank paper.
  if (options.short) root.dataset.printLength = 'short';
  else delete root.dataset.printLength;
  const clear = () => {
    if (root.dataset.print !== mode) return;
    delete root.dataset.print;
    delete root.dataset.printLength;
  };
  window.addEventListener('afterprint', clear, { once: true });
  window.print();
}
