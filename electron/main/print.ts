/**
 * "Simpan PDF" in the desktop app: the page asks (window.balai.savePdf), the person picks where in
 * the system save dialog, Chromium prints the page with its print stylesheet, and the file is
 * written so that a power cut never leaves half a PDF under the chosen name.
 */
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import {
  isSavePdfRequest,
  PDF_NAME_INVALID_MESSAGE,
  SAVE_PDF_CHANNEL,
  type SavePdfAnswer,
  sanitizePdfFileName,
} from '../shared/desktop';
import { isTrustedSender } from './url-policy';

export const PDF_MESSAGES = {
  forbidden: 'Permintaan ini tidak berasal dari halaman aplikasi, jadi ditolak.',
  busy: 'PDF sebelumnya masih disimpan. Tunggu sampai selesai, lalu coba lagi.',
  printFailed: 'PDF tidak dapat dibuat dari halaman ini. Coba sekali lagi; bila berulang, hubungi admin.',
  noPermission: 'Tidak ada izin untuk menyimpan di folder itu. Pilih folder lain, misalnya Dokumen.',
  diskFull: 'Ruang penyimpanan penuh. Hapus berkas yang tidak perlu atau pilih penyimpanan lain.',
  readOnly: 'Penyimpanan itu hanya dapat dibaca. Pilih folder lain, misalnya Dokumen.',
  writeFailed: 'PDF tidak dapat disimpan. Coba sekali lagi atau pilih folder lain.',
} as const;

/** What printToPDF is asked for: backgrounds (coloured table heads, the demo banner) and @page sizes. */
export const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true } as const;

/** The parts of the save dialog's answer that matter. */
export interface SaveChoice {
  canceled: boolean;
  filePath?: string;
}

/**
 * The dialog's answer → where to write, or null when the person cancelled. Linux save dialogs do
 * not add the extension themselves, so a name typed without `.pdf` gets it here.
 */
export function targetFromChoice(choice: SaveChoice): string | null {
  if (choice.canceled || !choice.filePath) return null;
  return /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
}

/** A file-system error → a sentence the person can act on (never the raw error or the path). */
export function writeFailureMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EISDIR':
      return PDF_MESSAGES.noPermission;
    case 'ENOSPC':
    case 'EDQUOT':
      return PDF_MESSAGES.diskFull;
    case 'EROFS':
      return PDF_MESSAGES.readOnly;
    default:
      return PDF_MESSAGES.writeFailed;
  }
}

/**
 * Writes `data` to `target` atomically: first `<target>.part` (flushed to disk), then a rename over
 * the target. A failure removes the `.part` and leaves any earlier file at `target` untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const part = `${target}.part`;
  try {
    const handle = await open(part, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(part, target);
  } catch (error) {
    await rm(part, { force: true }).catch(() => {});
    throw error;
  }
}

/** The folder the save dialog opens in: Documents, else home (a profile without Documents). */
function startFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

type PrintEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: WebContents };

/** One save at a time per window: a second click while the dialog is open gets a clear answer. */
const busy = new Set<number>();

export async function handleSavePdf(event: PrintEvent, request: unknown): Promise<SavePdfAnswer> {
  if (!isTrustedSender(event.senderFrame)) return { status: 'failed', message: PDF_MESSAGES.forbidden };
  const fileName = isSavePdfRequest(request) ? sanitizePdfFileName(request.fileName) : null;
  if (!fileName) return { status: 'failed', message: PDF_NAME_INVALID_MESSAGE };

  const contents = event.sender;
  if (busy.has(contents.id)) return { status: 'failed', message: PDF_MESSAGES.busy };
  busy.add(contents.id);
  try {
    const options = {
      title: 'Simpan PDF',
      defaultPath: path.join(startFolder(), fileName),
      buttonLabel: 'Simpan',
      filters: [{ name: 'Dokumen PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    const owner = BrowserWindow.fromWebContents(contents);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    const target = targetFromChoice(choice);
    if (!target) return { status: 'cancelled' };

    let data: Uint8Array;
    try {
      data = await contents.printToPDF(PDF_OPTIONS);
    } catch (error) {
      console.error('[print] printToPDF failed', error);
      return { status: 'failed', message: PDF_MESSAGES.printFailed };
    }
    try {
      await writeFileAtomic(target, data);
    } catch (error) {
      console.error('[print] writing the PDF failed', (error as { code?: unknown } | null)?.code);
      return { status: 'failed', message: writeFailureMessage(error) };
    }
    return { status: 'saved', fileName: path.basename(target) };
  } catch (error) {
    // The dialog itself failed (no display, window gone): never forward Electron's message.
    console.error('[print] save dialog failed', error);
    return { status: 'failed', message: PDF_MESSAGES.writeFailed };
  } finally {
    busy.delete(contents.id);
  }
}

/** The PDF channel, next to the RPC channel (ipc-host.ts). */
export function registerPrintHost(): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, (event, request: unknown) => handleSavePdf(event, request));
}
