import type { Result } from '../../../../electron/shared/contract';
import type { ExportChunk } from '../../../../electron/shared/reports';
import { base64ToBytes } from '../download';

/**
 * Fetching a finished named-list file from `exports.download`, one chunk at a time, and checking
 * that the pieces make up the whole file: a gap, an overlap or a short file is refused, so a
 * person never saves a damaged spreadsheet that only fails when the district opens it.
 */

export const BROKEN_FILE = 'Berkas yang diterima tidak utuh. Mulai ekspor lagi.';

export interface AssembledFile {
  fileName: string;
  mimeType: string;
  parts: Uint8Array<ArrayBuffer>[];
  bytes: number;
}

export type AssembleResult =
  | { ok: true; file: AssembledFile }
  | { ok: false; stopped: false; message: string }
  /** `shouldStop` said so (the person cancelled or left the page): nothing to report. */
  | { ok: false; stopped: true };

export interface AssembleOptions {
  onProgress?: (received: number, total: number) => void;
  shouldStop?: () => boolean;
  /** Awaited between chunks so the page can paint the progress and answer clicks. */
  pause?: () => Promise<void>;
}

export async function assembleChunks(
  fetchChunk: (offset: number) => Promise<Result<ExportChunk>>,
  { onProgress, shouldStop = () => false, pause }: AssembleOptions = {},
): Promise<AssembleResult> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  let total: number | null = null;
  for (;;) {
    if (shouldStop()) return { ok: false, stopped: true };
    const answer = await fetchChunk(received);
    if (shouldStop()) return { ok: false, stopped: true };
    if (!answer.ok) return { ok: false, stopped: false, message: answer.error.message };
    const chunk = answer.value;
    if (total === null) total = chunk.totalBytes;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(chunk.base64);
    } catch {
      return { ok: false, stopped: false, message: BROKEN_FILE };
    }
    const fits =
      chunk.offset === received &&
      chunk.totalBytes === total &&
      bytes.length === chunk.length &&
      received + bytes.length <= total &&
      // Every chunk but the last moves forward; otherwise the loop would never end.
      (bytes.length > 0 || chunk.eof);
    if (!fits) return { ok: false, stopped: false, message: BROKEN_FILE };
    parts.push(bytes);
    received += bytes.length;
    onProgress?.(received, total);
    if (chunk.eof) {
      if (received !== total) return { ok: false, stopped: false, message: BROKEN_FILE };
      return { ok: true, file: { fileName: chunk.fileName, mimeType: chunk.mimeType, parts, bytes: received } };
    }
    if (pause) await pause();
  }
}
