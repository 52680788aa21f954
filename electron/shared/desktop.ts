/**
 * What the desktop bridge (`window.balai`) offers besides the RPC transport: saving the current
 * page as a PDF. Shared by the preload, main and the renderer, so this file imports only shared
 * types and nothing from Node or Electron.
 */
import type { Transport } from './contract';

/** ipcRenderer.invoke(SAVE_PDF_CHANNEL, request) → SavePdfAnswer. */
export const SAVE_PDF_CHANNEL = 'balai:save-pdf';

/** Longest file name offered in the save dialog, `.pdf` included. */
export const PDF_FILE_NAME_MAX = 100;
/** Longest name the bridge forwards at all; main shortens anything up to this. */
export const PDF_REQUEST_NAME_MAX = 255;

export interface SavePdfRequest {
  /** A suggested name such as "Laporan Bulanan 2025-06"; main keeps only a safe base name. */
  fileName: string;
}

/** Every outcome is data: the bridge never rejects. */
export type SavePdfAnswer =
  /** `fileName` is the saved file's base name (the folder stays in main). */
  | { status: 'saved'; fileName: string }
  /** The person closed the save dialog. */
  | { status: 'cancelled' }
  /** `message` is plain Indonesian the person can act on. */
  | { status: 'failed'; message: string };

/** `window.balai` in the desktop app: the RPC transport plus PDF saving. */
export interface DesktopBridge extends Transport {
  savePdf(request: SavePdfRequest): Promise<SavePdfAnswer>;
}

/** The shape check the preload and main both apply before anything else. */
export function isSavePdfRequest(value: unknown): value is SavePdfRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { fileName } = value as { fileName?: unknown };
  return typeof fileName === 'string' && fileName.length > 0 && fileName.length <= PDF_REQUEST_NAME_MAX;
}

export const PDF_NAME_INVALID_MESSAGE =
  'Nama berkas PDF tidak dapat dipakai. Gunakan huruf, angka, spasi atau tanda hubung, lalu coba lagi.';

/** Windows refuses these as file names, with or without an extension. */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const PDF_EXTENSION = '.pdf';

/**
 * A suggested name → a safe base name ending in `.pdf`, or null when nothing usable is left.
 * Kept: letters and digits of any script, space, `. _ - ( ) ,`; every other run of characters
 * becomes one `-`. Path separators are among them, so "Laporan 06/2025" stays readable
 * ("Laporan 06-2025.pdf") and a page can never pick a folder (the person does, in the save
 * dialog). No leading dot (hidden file, `..`), no trailing dot or space (Windows drops them), no
 * reserved Windows device name, and at most PDF_FILE_NAME_MAX characters in all.
 */
export function sanitizePdfFileName(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > PDF_REQUEST_NAME_MAX) return null;
  let stem = raw
    .normalize('NFC')
    .replace(/\.pdf\s*$/i, '')
    .replace(/[^\p{L}\p{N} ._\-(),]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.-]+$/, '');
  if (RESERVED_WINDOWS_NAMES.test(stem.split('.')[0].trim())) stem = `_${stem}`;
  // Cut by UTF-16 units (what file systems count), never leaving half a surrogate pair.
  stem = stem
    .slice(0, PDF_FILE_NAME_MAX - PDF_EXTENSION.length)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/[\s.]+$/, '');
  if (!/[\p{L}\p{N}]/u.test(stem)) return null;
  return `${stem}${PDF_EXTENSION}`;
}
