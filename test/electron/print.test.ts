import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  handleSavePdf,
  PDF_MESSAGES,
  PDF_OPTIONS,
  registerPrintHost,
  targetFromChoice,
  writeFailureMessage,
  writeFileAtomic,
} from '../../electron/main/print';
import {
  PDF_FILE_NAME_MAX,
  PDF_NAME_INVALID_MESSAGE,
  SAVE_PDF_CHANNEL,
  type SavePdfAnswer,
  sanitizePdfFileName,
} from '../../electron/shared/desktop';
import { tempDir } from '../support/core';
import { type FakeIpcMain, FakeWebContents, invokeEvent } from './fakes';

vi.mock('electron', async () => {
  const { FakeIpcMain } = await import('./fakes');
  return {
    ipcMain: new FakeIpcMain(),
    app: { getPath: vi.fn((name: string) => (name === 'documents' ? '/home/sekdes/Dokumen' : '/home/sekdes')) },
    dialog: { showSaveDialog: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn(() => ({ id: 'owner-window' })) },
  };
});

const fakeIpc = ipcMain as unknown as FakeIpcMain;
const showSaveDialog = vi.mocked(dialog.showSaveDialog);
const APP = 'app://balai/';
const PDF_BYTES = Buffer.from('%PDF-1.7\n% laporan contoh\n%%EOF\n');

/** A webContents that can print: printToPDF resolves with PDF_BYTES unless told otherwise. */
class PrintingContents extends FakeWebContents {
  readonly printToPDF = vi.fn(async (_options: unknown): Promise<Buffer> => PDF_BYTES);
}

let dir: ReturnType<typeof tempDir>;

beforeEach(() => {
  dir = tempDir('balai-print-');
  showSaveDialog.mockReset();
  vi.mocked(BrowserWindow.fromWebContents).mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  dir.cleanup();
});

describe('sanitizePdfFileName', () => {
  it('keeps a plain name and forces one .pdf', () => {
    expect(sanitizePdfFileName('Laporan Bulanan 2025-06')).toBe('Laporan Bulanan 2025-06.pdf');
    expect(sanitizePdfFileName('laporan.PDF')).toBe('laporan.pdf');
    expect(sanitizePdfFileName('Rekap (Juni), Desa Contoh')).toBe('Rekap (Juni), Desa Contoh.pdf');
  });

  it('never keeps a path separator: a page cannot pick the folder', () => {
    expect(sanitizePdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(sanitizePdfFileName('C:\\Windows\\System32\\laporan')).toBe('C-Windows-System32-laporan.pdf');
    expect(sanitizePdfFileName('/tmp/../laporan.pdf')).toBe('tmp-..-laporan.pdf');
    expect(sanitizePdfFileName('Laporan 06/2025')).toBe('Laporan 06-2025.pdf');
  });

  it('replaces unsafe characters and trims dots and spaces', () => {
    expect(sanitizePdfFileName('a<b>c:d"e|f?g*h')).toBe('a-b-c-d-e-f-g-h.pdf');
    expect(sanitizePdfFileName('..laporan...')).toBe('laporan.pdf');
    expect(sanitizePdfFileName(' laporan\u0000\u0007juni ')).toBe('laporan-juni.pdf');
    expect(sanitizePdfFileName('Laporan   Juni')).toBe('Laporan Juni.pdf');
  });

  it('keeps letters of any script (composed) and avoids Windows device names', () => {
    expect(sanitizePdfFileName('Cafe\u0301 Désa')).toBe('Café Désa.pdf');
    expect(sanitizePdfFileName('CON')).toBe('_CON.pdf');
    expect(sanitizePdfFileName('lpt1.laporan')).toBe('_lpt1.laporan.pdf');
    expect(sanitizePdfFileName('console')).toBe('console.pdf');
  });

  it('refuses what leaves nothing usable, and anything that is not a short string', () => {
    for (const bad of ['', '...', '///', '.pdf', '---', '   ', '\\', 7, null, undefined, {}, 'a'.repeat(256)]) {
      expect(sanitizePdfFileName(bad)).toBeNull();
    }
  });

  it('shortens a long name to at most 100 characters, .pdf included', () => {
    const name = sanitizePdfFileName(`Laporan ${'sangat panjang '.repeat(12)}`);
    expect(name).toMatch(/^Laporan sangat panjang .*\.pdf$/);
    expect(name?.length).toBeLessThanOrEqual(PDF_FILE_NAME_MAX);
    expect(name).not.toMatch(/\s\.pdf$/);
  });

  it('property: any string gives null or a safe base name ending in .pdf', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 255, unit: 'binary' }), (raw) => {
        const name = sanitizePdfFileName(raw);
        if (name === null) return;
        expect(name.length).toBeLessThanOrEqual(PDF_FILE_NAME_MAX);
        expect(name.endsWith('.pdf')).toBe(true);
        expect(name).not.toMatch(/[/\\<>:"|?*\p{Cc}]/u);
        expect(name.startsWith('.')).toBe(false);
        expect(path.basename(name)).toBe(name);
        expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('targetFromChoice and writeFailureMessage', () => {
  it('cancel → null; a chosen path keeps or gains .pdf', () => {
    expect(targetFromChoice({ canceled: true, filePath: '' })).toBeNull();
    expect(targetFromChoice({ canceled: false, filePath: '' })).toBeNull();
    expect(targetFromChoice({ canceled: false, filePath: '/d/laporan.pdf' })).toBe('/d/laporan.pdf');
    expect(targetFromChoice({ canceled: false, filePath: '/d/laporan.PDF' })).toBe('/d/laporan.PDF');
    expect(targetFromChoice({ canceled: false, filePath: '/d/laporan' })).toBe('/d/laporan.pdf');
  });

  it('explains file-system errors in Indonesian, never with the raw error', () => {
    expect(writeFailureMessage({ code: 'EACCES' })).toBe(PDF_MESSAGES.noPermission);
    expect(writeFailureMessage({ code: 'EPERM' })).toBe(PDF_MESSAGES.noPermission);
    expect(writeFailureMessage({ code: 'ENOSPC' })).toBe(PDF_MESSAGES.diskFull);
    expect(writeFailureMessage({ code: 'EROFS' })).toBe(PDF_MESSAGES.readOnly);
    expect(writeFailureMessage(new Error('boom'))).toBe(PDF_MESSAGES.writeFailed);
    expect(writeFailureMessage(null)).toBe(PDF_MESSAGES.writeFailed);
  });
});

describe('writeFileAtomic (real files)', () => {
  it('writes the bytes under the name and leaves no .part behind', async () => {
    const target = path.join(dir.dir, 'laporan.pdf');
    await writeFileAtomic(target, PDF_BYTES);
    expect(readFileSync(target)).toEqual(PDF_BYTES);
    expect(readdirSync(dir.dir)).toEqual(['laporan.pdf']);
  });

  it('replaces an earlier file whole', async () => {
    const target = path.join(dir.dir, 'laporan.pdf');
    writeFileSync(target, 'versi lama yang lebih panjang dari yang baru '.repeat(10));
    await writeFileAtomic(target, PDF_BYTES);
    expect(readFileSync(target)).toEqual(PDF_BYTES);
  });

  it('a failed rename keeps the earlier target and removes the .part', async () => {
    // The target is a non-empty folder: the data is written to .part, then rename fails.
    const target = path.join(dir.dir, 'laporan.pdf');
    mkdirSync(target);
    writeFileSync(path.join(target, 'isi.txt'), 'tetap');
    await expect(writeFileAtomic(target, PDF_BYTES)).rejects.toMatchObject({ code: expect.any(String) });
    expect(readdirSync(dir.dir)).toEqual(['laporan.pdf']);
    expect(readFileSync(path.join(target, 'isi.txt'), 'utf8')).toBe('tetap');
  });

  it('a missing folder fails cleanly with nothing written', async () => {
    const target = path.join(dir.dir, 'tidak-ada', 'laporan.pdf');
    await expect(writeFileAtomic(target, PDF_BYTES)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir.dir)).toEqual([]);
  });
});

/** Registers the host and returns a function that invokes it like ipcRenderer.invoke would. */
function host() {
  fakeIpc.handlers.clear();
  registerPrintHost();
  const handler = fakeIpc.handlers.get(SAVE_PDF_CHANNEL);
  if (!handler) throw new Error('no handler registered');
  return (event: ReturnType<typeof invokeEvent>, request: unknown) => handler(event, request) as Promise<SavePdfAnswer>;
}

function chooses(filePath: string | null) {
  showSaveDialog.mockResolvedValue(
    filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath },
  );
}

describe('print host: the save-pdf channel', () => {
  it('registers exactly one handler, on the PDF channel', () => {
    host();
    expect([...fakeIpc.handlers.keys()]).toEqual([SAVE_PDF_CHANNEL]);
  });

  it('asks where to save (Documents, sanitised name, PDF filter), prints and writes the file', async () => {
    const invoke = host();
    const contents = new PrintingContents(3);
    const target = path.join(dir.dir, 'Laporan Juni.pdf');
    chooses(target);
    const answer = await invoke(invokeEvent(APP, { contents }), { fileName: '../Laporan: Juni' });
    // The suggested name was sanitised (below); the saved name is what the person chose.
    expect(answer).toEqual({ status: 'saved', fileName: 'Laporan Juni.pdf' });
    expect(readFileSync(target)).toEqual(PDF_BYTES);
    expect(readdirSync(dir.dir)).toEqual(['Laporan Juni.pdf']);

    expect(BrowserWindow.fromWebContents).toHaveBeenCalledWith(contents);
    const [owner, options] = showSaveDialog.mock.calls[0] as unknown as [unknown, Electron.SaveDialogOptions];
    expect(owner).toEqual({ id: 'owner-window' });
    expect(options.defaultPath).toBe(path.join('/home/sekdes/Dokumen', 'Laporan- Juni.pdf'));
    expect(path.dirname(options.defaultPath ?? '')).toBe('/home/sekdes/Dokumen');
    expect(options.filters).toEqual([{ name: 'Dokumen PDF', extensions: ['pdf'] }]);
    expect(contents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toEqual({ printBackground: true, preferCSSPageSize: true });
  });

  it('adds .pdf when the person typed a name without it', async () => {
    const invoke = host();
    chooses(path.join(dir.dir, 'rekap'));
    const answer = await invoke(invokeEvent(APP, { contents: new PrintingContents() }), { fileName: 'rekap' });
    expect(answer).toEqual({ status: 'saved', fileName: 'rekap.pdf' });
    expect(readdirSync(dir.dir)).toEqual(['rekap.pdf']);
  });

  it('cancel: nothing printed, nothing written', async () => {
    const invoke = host();
    const contents = new PrintingContents();
    chooses(null);
    expect(await invoke(invokeEvent(APP, { contents }), { fileName: 'laporan' })).toEqual({ status: 'cancelled' });
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(readdirSync(dir.dir)).toEqual([]);
  });

  it('refuses a foreign page, a sub-frame and a vanished frame before any dialog', async () => {
    const invoke = host();
    const contents = new PrintingContents();
    const events = [
      invokeEvent('https://evil.example/', { contents }),
      invokeEvent('app://balai@evil/', { contents }),
      invokeEvent(APP, { contents, subFrame: true }),
      invokeEvent(APP, { contents, noFrame: true }),
    ];
    for (const event of events) {
      expect(await invoke(event, { fileName: 'laporan' })).toEqual({
        status: 'failed',
        message: PDF_MESSAGES.forbidden,
      });
    }
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a malformed request or an unusable name with a plain message', async () => {
    const invoke = host();
    for (const request of [undefined, null, 'laporan', { fileName: 7 }, { fileName: '' }, { fileName: '...' }]) {
      expect(await invoke(invokeEvent(APP, { contents: new PrintingContents() }), request)).toEqual({
        status: 'failed',
        message: PDF_NAME_INVALID_MESSAGE,
      });
    }
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('a print failure is reported in Indonesian and writes nothing', async () => {
    const invoke = host();
    const contents = new PrintingContents();
    contents.printToPDF.mockRejectedValueOnce(new Error('Printing failed: internal renderer detail'));
    chooses(path.join(dir.dir, 'laporan.pdf'));
    const answer = await invoke(invokeEvent(APP, { contents }), { fileName: 'laporan' });
    expect(answer).toEqual({ status: 'failed', message: PDF_MESSAGES.printFailed });
    expect(readdirSync(dir.dir)).toEqual([]);
  });

  it('a folder that cannot be written: a plain message, no .part left', async () => {
    const invoke = host();
    chooses(path.join(dir.dir, 'hilang', 'laporan.pdf'));
    const answer = await invoke(invokeEvent(APP, { contents: new PrintingContents() }), { fileName: 'laporan' });
    expect(answer).toEqual({ status: 'failed', message: PDF_MESSAGES.writeFailed });
    expect(readdirSync(dir.dir)).toEqual([]);
  });

  it('a dialog that throws becomes a failed answer without Electron’s message', async () => {
    const invoke = host();
    showSaveDialog.mockRejectedValueOnce(new Error('GTK: no display :0'));
    const answer = await invoke(invokeEvent(APP, { contents: new PrintingContents() }), { fileName: 'laporan' });
    expect(answer).toEqual({ status: 'failed', message: PDF_MESSAGES.writeFailed });
    expect(JSON.stringify(answer)).not.toContain('GTK');
  });

  it('one save at a time per window; the next one works after it ends', async () => {
    const invoke = host();
    const contents = new PrintingContents(5);
    let answerDialog: (value: { canceled: boolean; filePath: string }) => void = () => {};
    showSaveDialog.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answerDialog = resolve;
        }),
    );
    const first = invoke(invokeEvent(APP, { contents }), { fileName: 'satu' });
    const second = await invoke(invokeEvent(APP, { contents }), { fileName: 'dua' });
    expect(second).toEqual({ status: 'failed', message: PDF_MESSAGES.busy });
    // Another window is not blocked by this one.
    chooses(null);
    expect(await invoke(invokeEvent(APP, { contents: new PrintingContents(6) }), { fileName: 'x' })).toEqual({
      status: 'cancelled',
    });
    answerDialog({ canceled: false, filePath: path.join(dir.dir, 'satu.pdf') });
    expect(await first).toEqual({ status: 'saved', fileName: 'satu.pdf' });
    chooses(null);
    expect(await invoke(invokeEvent(APP, { contents }), { fileName: 'tiga' })).toEqual({ status: 'cancelled' });
  });

  it('without an owner window the dialog still opens (unparented)', async () => {
    vi.mocked(BrowserWindow.fromWebContents).mockReturnValueOnce(null);
    chooses(path.join(dir.dir, 'laporan.pdf'));
    const answer = await handleSavePdf(
      invokeEvent(APP, { contents: new PrintingContents() }) as unknown as Parameters<typeof handleSavePdf>[0],
      { fileName: 'laporan' },
    );
    expect(answer).toEqual({ status: 'saved', fileName: 'laporan.pdf' });
    expect(showSaveDialog.mock.calls[0]).toHaveLength(1);
    expect(existsSync(path.join(dir.dir, 'laporan.pdf'))).toBe(true);
  });
});
