import { describe, expect, it, vi } from 'vitest';
import type { SavePdfAnswer, SavePdfRequest } from '../../electron/shared/desktop';
import { type PrintHost, savePdfOrPrint } from '../../renderer/src/platform/print-pdf';

/** A browser-like window: print() records the title the browser would suggest as the file name. */
function browserHost(print: () => void = () => {}) {
  const seenTitles: string[] = [];
  const host: PrintHost = {
    document: { title: 'Laporan — Balai Migran' },
    print: vi.fn(() => {
      seenTitles.push(host.document.title);
      print();
    }),
  };
  return { host, seenTitles };
}

function desktopHost(answer: SavePdfAnswer | Error) {
  const savePdf = vi.fn(async (_request: SavePdfRequest) => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const { host } = browserHost();
  host.balai = { savePdf };
  return { host, savePdf };
}

describe('savePdfOrPrint: desktop (window.balai.savePdf)', () => {
  it('asks the bridge with the file name and never opens the browser print dialog', async () => {
    const { host, savePdf } = desktopHost({ status: 'saved', fileName: 'Laporan Juni.pdf' });
    expect(await savePdfOrPrint('Laporan Juni', host)).toBe('saved');
    expect(savePdf).toHaveBeenCalledWith({ fileName: 'Laporan Juni' });
    expect(host.print).not.toHaveBeenCalled();
  });

  it('maps cancel and failure; the failure message is passed on as is', async () => {
    expect(await savePdfOrPrint('x', desktopHost({ status: 'cancelled' }).host)).toBe('cancelled');
    expect(
      await savePdfOrPrint('x', desktopHost({ status: 'failed', message: 'Ruang penyimpanan penuh.' }).host),
    ).toEqual({ error: 'Ruang penyimpanan penuh.' });
  });

  it('never rejects, even if the bridge does', async () => {
    const { host } = desktopHost(new Error('bridge gone'));
    const outcome = await savePdfOrPrint('x', host);
    expect(outcome).toEqual({ error: expect.stringMatching(/PDF tidak dapat disimpan/) });
    expect(JSON.stringify(outcome)).not.toContain('bridge gone');
  });
});

describe('savePdfOrPrint: browser mode (window.print)', () => {
  it('opens the print dialog with the file name as the suggested title, then restores the title', async () => {
    const { host, seenTitles } = browserHost();
    expect(await savePdfOrPrint('Laporan: Juni/2025', host)).toBe('printed');
    expect(host.print).toHaveBeenCalledTimes(1);
    expect(seenTitles).toEqual(['Laporan- Juni-2025']);
    expect(host.document.title).toBe('Laporan — Balai Migran');
  });

  it('keeps the title when the name has nothing usable', async () => {
    const { host, seenTitles } = browserHost();
    expect(await savePdfOrPrint('...', host)).toBe('printed');
    expect(seenTitles).toEqual(['Laporan — Balai Migran']);
  });

  it('uses the print dialog when window.balai exists without savePdf (an older preload)', async () => {
    const { host } = browserHost();
    host.balai = {};
    expect(await savePdfOrPrint('laporan', host)).toBe('printed');
    expect(host.print).toHaveBeenCalledTimes(1);
  });

  it('a print() that throws becomes an error to show, and the title is restored', async () => {
    const { host } = browserHost(() => {
      throw new Error('blocked by sandbox');
    });
    expect(await savePdfOrPrint('laporan', host)).toEqual({ error: expect.stringMatching(/Dialog cetak/) });
    expect(host.document.title).toBe('Laporan — Balai Migran');
  });
});
