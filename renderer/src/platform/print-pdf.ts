import { type DesktopBridge, sanitizePdfFileName } from '../../../electron/shared/desktop';

/**
 * What happened when the person asked for a PDF:
 * - 'saved': the desktop app wrote the file where the person chose;
 * - 'cancelled': the person closed the desktop save dialog;
 * - 'printed': browser mode; the browser's print dialog was shown and closed (the person chose
 *   "Simpan sebagai PDF" or a printer there; the browser does not say which, nor if they cancelled);
 * - { error }: plain Indonesian to show as is.
 */
export type PdfOutcome = 'saved' | 'cancelled' | 'printed' | { error: string };

/** The parts of `window` this needs; tests pass a stand-in. */
export interface PrintHost {
  balai?: Partial<Pick<DesktopBridge, 'savePdf'>>;
  print(): void;
  document: { title: string };
}

const PRINT_FAILED = 'Dialog cetak tidak dapat dibuka. Coba lagi, atau tekan Ctrl+P.';
const SAVE_FAILED = 'PDF tidak dapat disimpan. Coba sekali lagi; bila berulang, hubungi admin.';

/**
 * Saves the current page (as its print stylesheet shows it) as a PDF named after `fileName`.
 * Desktop: the preload's savePdf (system save dialog, Electron's printToPDF). Browser: the
 * browser's own print dialog; the page title is set to the file name meanwhile, because Chromium
 * and Firefox suggest the title as the PDF's name. Never rejects.
 */
export async function savePdfOrPrint(fileName: string, host: PrintHost = window): Promise<PdfOutcome> {
  const savePdf = host.balai?.savePdf;
  if (typeof savePdf === 'function') {
    try {
      const answer = await savePdf({ fileName });
      if (answer.status === 'saved') return 'saved';
      if (answer.status === 'cancelled') return 'cancelled';
      return { error: answer.message || SAVE_FAILED };
    } catch {
      return { error: SAVE_FAILED };
    }
  }
  return printInBrowser(fileName, host);
}

function printInBrowser(fileName: string, host: PrintHost): PdfOutcome {
  const title = host.document.title;
  const suggested = sanitizePdfFileName(fileName)?.replace(/\.pdf$/, '');
  if (suggested) host.document.title = suggested;
  try {
    // Blocks until the dialog closes in Chromium and Firefox.
    host.print();
    return 'printed';
  } catch {
    return { error: PRINT_FAILED };
  } finally {
    host.document.title = title;
  }
}
