import {
  type DesktopBridge,
  isSavePdfRequest,
  PDF_NAME_INVALID_MESSAGE,
  SAVE_PDF_CHANNEL,
  type SavePdfAnswer,
  type SavePdfRequest,
} from '../shared/desktop';
import { createIpcTransport, type IpcInvoker } from './ipc-transport';

const NOT_READY: SavePdfAnswer = {
  status: 'failed',
  message: 'Aplikasi belum siap menyimpan PDF. Coba sekali lagi.',
};
const UNREADABLE: SavePdfAnswer = {
  status: 'failed',
  message: 'Jawaban penyimpanan PDF tidak dapat dibaca. Coba sekali lagi; bila berulang, hubungi admin.',
};

/**
 * `window.balai`: the RPC transport's `call` and `savePdf`, one frozen object and nothing else
 * (never ipcRenderer, never a generic send). A malformed request is answered here without IPC;
 * main checks it again. Like `call`, `savePdf` never rejects: every outcome is data.
 */
export function createDesktopBridge(ipc: IpcInvoker): DesktopBridge {
  const { call } = createIpcTransport(ipc);
  const savePdf = async (request: SavePdfRequest): Promise<SavePdfAnswer> => {
    if (!isSavePdfRequest(request)) return { status: 'failed', message: PDF_NAME_INVALID_MESSAGE };
    try {
      // Only the one field crosses: extra properties of the page's object stay behind.
      const answer = await ipc.invoke(SAVE_PDF_CHANNEL, { fileName: request.fileName });
      return isSavePdfAnswer(answer) ? answer : UNREADABLE;
    } catch {
      return NOT_READY;
    }
  };
  return Object.freeze({ call, savePdf });
}

function isSavePdfAnswer(value: unknown): value is SavePdfAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  switch (answer.status) {
    case 'saved':
      return typeof answer.fileName === 'string';
    case 'cancelled':
      return true;
    case 'failed':
      return typeof answer.message === 'string';
    default:
      return false;
  }
}
