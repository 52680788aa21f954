import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type {
  CsvDelimiter,
  ExportFormat,
  ExportJobStatus,
  NamedList,
  PeriodInput,
} from '../../../../electron/shared/reports';
import { staffApi } from '../../staff/session';
import { useStepUp } from '../../ui/use-step-up';
import { saveBytes } from '../download';
import { assembleChunks } from './chunks';

/** How often the screen asks the core how far the file is. */
export const POLL_MS = 500;

export type NamedExportState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; status: ExportJobStatus; cancelling: boolean }
  | { phase: 'downloading'; status: ExportJobStatus; received: number; total: number; cancelling: boolean }
  | { phase: 'done'; fileName: string; empty: boolean }
  | { phase: 'failed'; message: string | null }
  | { phase: 'cancelled' }
  /** The password dialog was closed: no job was started. */
  | { phase: 'notStarted' };

export const isBusy = (s: NamedExportState) =>
  s.phase === 'starting' || s.phase === 'running' || s.phase === 'downloading';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** One macrotask: lets React paint the progress between two decoded chunks. */
const nextTask = () => sleep(0);

interface Handle {
  id: string;
  stopped: boolean;
}

/**
 * A named-list export as the person lives it: password again (step-up), a job in the core that
 * writes the rows in batches, progress every POLL_MS, then the file fetched in chunks and saved.
 * Cancelling, or leaving the page while the job runs, tells the core to stop and delete the file.
 * `message: null` on failure means the app did not answer (the screen words that itself).
 */
export function useNamedListExport(): {
  state: NamedExportState;
  start: (input: { list: NamedList; period: PeriodInput; format: ExportFormat; delimiter: CsvDelimiter }) => void;
  cancel: () => void;
  dialog: ReactNode;
} {
  const stepUp = useStepUp();
  const [state, setState] = useState<NamedExportState>({ phase: 'idle' });
  const job = useRef<Handle | null>(null);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    const abandon = () => {
      const handle = job.current;
      job.current = null;
      if (handle && !handle.stopped) {
        handle.stopped = true;
        // Nobody waits for the answer. The core deletes the partial file; should this request
        // not get out (the window is closing), the core still deletes it when the job expires
        // or the app exits, and only this session could ever have downloaded it.
        void staffApi.call('exports.cancel', { jobId: handle.id }).catch(() => undefined);
      }
    };
    // Closing the window or reloading does not unmount React: listen for the page going away too.
    window.addEventListener('pagehide', abandon);
    return () => {
      mounted.current = false;
      window.removeEventListener('pagehide', abandon);
      abandon();
    };
  }, []);

  const show = useCallback((next: NamedExportState) => {
    if (mounted.current) setState(next);
  }, []);

  /** The job ended (any way but a cancel): forget it, so a new one may start, and say how it ended. */
  const finish = useCallback(
    (handle: Handle, next: NamedExportState) => {
      handle.stopped = true;
      if (job.current === handle) job.current = null;
      show(next);
    },
    [show],
  );

  const follow = useCallback(
    async (handle: Handle, first: ExportJobStatus) => {
      let status = first;
      while (status.state === 'running') {
        show({ phase: 'running', status, cancelling: false });
        await sleep(POLL_MS);
        if (handle.stopped) return;
        const answer = await staffApi.call('exports.status', { jobId: handle.id });
        if (handle.stopped) return;
        if (!answer.ok) return finish(handle, { phase: 'failed', message: answer.error.message });
        status = answer.value;
      }
      if (status.state !== 'done') {
        return finish(
          handle,
          status.state === 'cancelled' ? { phase: 'cancelled' } : { phase: 'failed', message: status.error },
        );
      }
      const total = status.bytes ?? 0;
      show({ phase: 'downloading', status, received: 0, total, cancelling: false });
      const file = await assembleChunks((offset) => staffApi.call('exports.download', { jobId: handle.id, offset }), {
        shouldStop: () => handle.stopped,
        pause: nextTask,
        onProgress: (received, all) => show({ phase: 'downloading', status, received, total: all, cancelling: false }),
      });
      if (!file.ok) {
        if (file.stopped) return;
        return finish(handle, { phase: 'failed', message: file.message });
      }
      if (handle.stopped || !mounted.current) return;
      saveBytes(file.file.fileName, file.file.mimeType, file.file.parts);
      finish(handle, { phase: 'done', fileName: file.file.fileName, empty: status.totalRows === 0 });
    },
    [show, finish],
  );

  const runStepUp = stepUp.run;
  const start = useCallback<ReturnType<typeof useNamedListExport>['start']>(
    ({ list, period, format, delimiter }) => {
      if (job.current) return;
      show({ phase: 'starting' });
      let handle: Handle | null = null;
      void (async () => {
        try {
          const answer = await runStepUp(() =>
            staffApi.call('reports.exportNamedList', {
              list,
              period,
              format,
              ...(format === 'csv' ? { delimiter } : {}),
            }),
          );
          if (answer === null) return show({ phase: 'notStarted' });
          if (!answer.ok) return show({ phase: 'failed', message: answer.error.message });
          handle = { id: answer.value.jobId, stopped: false };
          if (!mounted.current) {
            // Left the page while the password dialog or the first answer was on its way.
            void staffApi.call('exports.cancel', { jobId: handle.id }).catch(() => undefined);
            return;
          }
          job.current = handle;
          await follow(handle, answer.value);
        } catch {
          // The transport failed (the host went away). A cancelled or abandoned job stays quiet.
          if (handle?.stopped) return;
          if (handle) finish(handle, { phase: 'failed', message: null });
          else show({ phase: 'failed', message: null });
        }
      })();
    },
    [follow, finish, show, runStepUp],
  );

  const cancel = useCallback(() => {
    const handle = job.current;
    if (!handle) return;
    handle.stopped = true;
    job.current = null;
    setState((s) => (s.phase === 'running' || s.phase === 'downloading' ? { ...s, cancelling: true } : s));
    void staffApi
      .call('exports.cancel', { jobId: handle.id })
      .catch(() => undefined)
      .then(() => show({ phase: 'cancelled' }));
  }, [show]);

  return { state, start, cancel, dialog: stepUp.dialog };
}
