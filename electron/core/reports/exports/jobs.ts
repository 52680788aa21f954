import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type CellValue,
  CSV_MIME,
  type CsvDelimiter,
  EXPORT_CHUNK_DEFAULT,
  type ExportChunk,
  type ExportFormat,
  type ExportJobState,
  type ExportJobStatus,
  NAMED_LIST_TITLES,
  type NamedList,
  type ReportHeader,
  XLSX_MIME,
} from '../../../shared/reports';
import { AppError, validationError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { appendAudit } from '../../audit/audit-log';
import type { Db } from '../../db/open';
import type { PeriodBounds } from '../periods';
import { coverRows, EMPTY_NOTE, fileStem } from './cover';
import { BOM, CRLF, csvHeader, csvLine } from './csv';
import { NAMED_LIST_READERS, type NamedListReader } from './named-lists';
import { XlsxWriter } from './xlsx-writer';

/**
 * Named-list exports run as jobs, so a 400,000-row file never blocks the host: `start` returns a
 * job id at once; the rows are read in batches of BATCH with a turn of the event loop between
 * batches (other calls are served meanwhile); `status` reports progress; `download` hands the
 * finished file out in base64 chunks (JSON-safe over IPC and HTTP alike).
 *
 * Files: written as `<job>.<ext>.part` in this process's own private temp folder (mode 0700/0600)
 * and renamed only when complete, so an abandoned or crashed export never leaves a file that looks
 * finished; only jobs of this process are ever served. They hold personal data, so they go soon:
 * a minute after the last chunk was downloaded, JOB_TTL_MS after the last use, when cancelled,
 * and when the process exits. The folder of a process that died without cleaning up (a power cut,
 * a killed host) is removed by the next process that exports.
 */
export const BATCH = 500;
export const JOB_TTL_MS = 30 * 60_000;
export const ORPHAN_AGE_MS = 6 * 3600_000;
/** How long a fully downloaded file stays, in case the last chunk has to be fetched again. */
export const AFTER_DOWNLOAD_MS = 60_000;
export const MAX_RUNNING = 2;

export const JOB_NOT_FOUND = 'Ekspor tidak ditemukan atau sudah kedaluwarsa. Mulai ekspor lagi.';
const TOO_MANY = 'Masih ada ekspor yang berjalan. Tunggu sampai selesai atau batalkan dulu.';
const NAMED_NOTE =
  'Berisi data pribadi (UU PDP). Simpan di tempat aman, jangan dibagikan, dan hapus setelah tidak dipakai.';

export interface Job {
  id: string;
  userId: string;
  username: string;
  sessionTokenHash: string | null;
  list: NamedList;
  format: ExportFormat;
  state: ExportJobState;
  rows: number;
  totalRows: number;
  fileName: string;
  filePath: string;
  partPath: string;
  bytes: number | null;
  error: string | null;
  touchedAt: number;
  cancelRequested: boolean;
  /** Resolves when the job stops running (done, failed or cancelled). */
  finished: Promise<void>;
  /** Real-time timer that deletes the finished file. */
  expiry: NodeJS.Timeout | null;
}

const registries = new WeakMap<Db, Map<string, Job>>();
let exitHook = false;

function jobsOf(db: Db): Map<string, Job> {
  let jobs = registries.get(db);
  if (!jobs) {
    jobs = new Map();
    registries.set(db, jobs);
  }
  return jobs;
}

export const exportsRoot = () => path.join(tmpdir(), 'balai-migran-exports');

/** This process's folder: `p<pid>` under the shared root, so a dead process's files can be told apart. */
export function exportsDir(): string {
  const dir = path.join(exportsRoot(), `p${process.pid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders of processes that are gone, and stray files older than ORPHAN_AGE_MS. */
function sweepOrphans(): void {
  const root = exportsRoot();
  const wall = Date.now();
  for (const name of readdirSync(root)) {
    const entry = path.join(root, name);
    try {
      const pid = /^p(\d+)$/.exec(name)?.[1];
      if (pid !== undefined) {
        if (Number(pid) !== process.pid && !alive(Number(pid))) rmSync(entry, { recursive: true, force: true });
      } else if (wall - statSync(entry).mtimeMs > ORPHAN_AGE_MS) rmSync(entry, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

function installExitHook(): void {
  if (exitHook) return;
  exitHook = true;
  // Synchronous, as 'exit' handlers must be: this process's whole folder, finished or not.
  process.once('exit', () => {
    rmSync(path.join(exportsRoot(), `p${process.pid}`), { recursive: true, force: true });
  });
}

function statusOf(job: Job): ExportJobStatus {
  const done = job.state === 'done';
  const progress = done ? 1 : job.totalRows === 0 ? 0 : Math.min(0.99, job.rows / job.totalRows);
  return {
    jobId: job.id,
    list: job.list,
    format: job.format,
    state: job.state,
    progress,
    done,
    rows: job.rows,
    totalRows: job.totalRows,
    fileName: job.fileName,
    mimeType: job.format === 'xlsx' ? XLSX_MIME : CSV_MIME,
    bytes: job.bytes,
    error: job.error,
  };
}

const quietUnlink = async (file: string) => {
  await unlink(file).catch(() => undefined);
};

/** Forgets finished jobs unused for JOB_TTL_MS (and deletes their files); clears stale files. */
export function sweepJobs(deps: Deps): void {
  const now = deps.clock.now();
  const jobs = jobsOf(deps.db);
  for (const job of jobs.values()) {
    if (job.state !== 'running' && (now - job.touchedAt > JOB_TTL_MS || now < job.touchedAt - JOB_TTL_MS)) {
      jobs.delete(job.id);
      if (job.expiry) clearTimeout(job.expiry);
      void quietUnlink(job.filePath);
    }
  }
  exportsDir();
  sweepOrphans();
}

/** Deletes a finished job's file after `ms` of real time, unless the job was swept before. */
function expireLater(job: Job, ms: number): void {
  if (job.expiry) clearTimeout(job.expiry);
  job.expiry = setTimeout(() => {
    void quietUnlink(job.filePath);
    if (job.state === 'done') job.state = 'cancelled';
  }, ms);
  job.expiry.unref();
}

/** The caller's own job: the same account on the same session. Anyone else gets NOT_FOUND. */
function ownJob(deps: Deps, call: CallContext, jobId: string): Job {
  const job = jobsOf(deps.db).get(jobId);
  if (!job || job.userId !== call.user?.id || job.sessionTokenHash !== call.sessionTokenHash) {
    throw new AppError('NOT_FOUND', JOB_NOT_FOUND);
  }
  job.touchedAt = deps.clock.now();
  return job;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface JobSpec {
  list: NamedList;
  format: ExportFormat;
  delimiter: CsvDelimiter;
  bounds: PeriodBounds;
  header: ReportHeader;
}

/**
 * Starts a named-list export for the caller (role and step-up already checked) and returns at
 * once. The bench calls this directly with a range longer than the API allows.
 */
export function launchJob(deps: Deps, call: CallContext, spec: JobSpec): ExportJobStatus {
  sweepJobs(deps);
  const user = call.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  const jobs = jobsOf(deps.db);
  const running = [...jobs.values()].filter((j) => j.state === 'running');
  if (running.length >= MAX_RUNNING || running.some((j) => j.userId === user.id)) {
    throw new AppError('CONFLICT', TOO_MANY);
  }
  installExitHook();
  const id = deps.newId();
  const dir = exportsDir();
  const ext = spec.format;
  const filePath = path.join(dir, `${id}.${ext}`);
  const reader = NAMED_LIST_READERS[spec.list](deps.db, spec.bounds);
  const h = spec.header;
  const job: Job = {
    id,
    userId: user.id,
    username: user.username,
    sessionTokenHash: call.sessionTokenHash,
    list: spec.list,
    format: spec.format,
    state: 'running',
    rows: 0,
    totalRows: reader.total,
    fileName: `${fileStem([NAMED_LIST_TITLES[spec.list].replace(/\(.*\)/, ''), h.villageName, h.period.from, h.period.to], h.demo)}.${ext}`,
    filePath,
    partPath: `${filePath}.part`,
    bytes: null,
    error: null,
    touchedAt: deps.clock.now(),
    cancelRequested: false,
    finished: Promise.resolve(),
    expiry: null,
  };
  jobs.set(id, job);
  job.finished = run(deps, job, spec, reader);
  return statusOf(job);
}

class Cancelled extends Error {}

async function run(deps: Deps, job: Job, spec: JobSpec, reader: NamedListReader): Promise<void> {
  const sink = createWriteStream(job.partPath, { flags: 'wx', mode: 0o600 });
  const closed = new Promise<void>((resolve, reject) => {
    sink.once('close', resolve);
    sink.once('error', reject);
  });
  closed.catch(() => undefined);
  try {
    // The first batch waits a turn too, so `start` has answered before any row is read.
    await nextTurn();
    const title = NAMED_LIST_TITLES[spec.list];
    const pump = async (write: (cells: CellValue[]) => Promise<void>) => {
      for (;;) {
        if (job.cancelRequested) throw new Cancelled();
        const batch = reader.next(BATCH);
        for (const cells of batch) await write(cells);
        job.rows += batch.length;
        if (batch.length < BATCH) return;
        await nextTurn();
      }
    };
    if (spec.format === 'xlsx') {
      const xlsx = new XlsxWriter(sink, ['Keterangan', title], {
        createdAt: spec.header.generatedAt,
        title: `${title} — ${spec.header.period.label}`,
        creator: spec.header.generatedBy,
      });
      await xlsx.start();
      const sheet = await xlsx.sheet(reader.columns, 2);
      await pump((cells) => sheet.row(cells));
      await sheet.end();
      await xlsx.keyValueSheet(
        title,
        coverRows(spec.header, { rows: job.rows, note: job.rows === 0 ? `${EMPTY_NOTE} ${NAMED_NOTE}` : NAMED_NOTE }),
        1,
      );
      await xlsx.finish();
    } else {
      const write = async (text: string) => {
        if (!sink.write(text)) await new Promise<void>((resolve) => sink.once('drain', resolve));
      };
      const note = reader.total === 0 ? `${EMPTY_NOTE} ${NAMED_NOTE}` : NAMED_NOTE;
      const lines = coverRows(spec.header, { note }).map((kv) =>
        csvLine([kv.label, kv.value], ['text', kv.type], spec.delimiter),
      );
      await write(BOM + lines.join('') + CRLF + csvHeader(reader.columns, spec.delimiter));
      const types = reader.columns.map((c) => c.type);
      let chunk = '';
      await pump(async (cells) => {
        chunk += csvLine(cells, types, spec.delimiter);
        if (chunk.length > 65_536) {
          const out = chunk;
          chunk = '';
          await write(out);
        }
      });
      await write(chunk);
    }
    sink.end();
    await closed;
    if (job.cancelRequested) throw new Cancelled();
    const bytes = (await stat(job.partPath)).size;
    const at = new Date(deps.clock.now()).toISOString();
    // Audited before the file gets its final name: a finished file is always in the log.
    deps.db
      .transaction(() =>
        appendAudit(deps.db, {
          at,
          actorUserId: job.userId,
          actorLabel: job.username,
          action: 'export',
          entity: 'named_lists',
          entityId: job.id,
          details: {
            list: job.list,
            format: job.format,
            rows: job.rows,
            from: spec.header.period.from,
            to: spec.header.period.to,
            bytes,
          },
        }),
      )
      .immediate();
    await rename(job.partPath, job.filePath);
    job.bytes = bytes;
    expireLater(job, JOB_TTL_MS);
    job.state = 'done';
  } catch (err) {
    sink.destroy();
    await closed.catch(() => undefined);
    await quietUnlink(job.partPath);
    await quietUnlink(job.filePath);
    if (err instanceof Cancelled || job.cancelRequested) {
      job.state = 'cancelled';
    } else {
      job.state = 'failed';
      job.error = 'Ekspor gagal dan dihentikan; tidak ada berkas yang disimpan. Coba sekali lagi.';
      if (deps.db.open) deps.log.error(`export job ${job.id} (${job.list}) failed`, err);
    }
  } finally {
    job.touchedAt = deps.clock.now();
  }
}

export function jobStatus(deps: Deps, call: CallContext, jobId: string): ExportJobStatus {
  sweepJobs(deps);
  return statusOf(ownJob(deps, call, jobId));
}

export async function cancelJob(deps: Deps, call: CallContext, jobId: string): Promise<ExportJobStatus> {
  sweepJobs(deps);
  const job = ownJob(deps, call, jobId);
  if (job.state === 'running') {
    job.cancelRequested = true;
    await job.finished;
  } else if (job.state === 'done') {
    if (job.expiry) clearTimeout(job.expiry);
    await quietUnlink(job.filePath);
    job.state = 'cancelled';
  }
  return statusOf(job);
}

export async function downloadChunk(
  deps: Deps,
  call: CallContext,
  input: { jobId: string; offset: number; length?: number },
): Promise<ExportChunk> {
  sweepJobs(deps);
  const job = ownJob(deps, call, input.jobId);
  if (job.state === 'running') {
    throw new AppError(
      'CONFLICT',
      `Ekspor belum selesai (${Math.floor(statusOf(job).progress * 100)}%). Tunggu sebentar, lalu unduh lagi.`,
    );
  }
  if (job.state === 'failed') throw new AppError('CONFLICT', job.error ?? JOB_NOT_FOUND);
  if (job.state !== 'done' || job.bytes === null) throw new AppError('NOT_FOUND', JOB_NOT_FOUND);
  if (input.offset > job.bytes) {
    throw validationError([{ path: 'offset', message: `Posisi melewati akhir berkas (${job.bytes} byte).` }]);
  }
  const length = Math.min(input.length ?? EXPORT_CHUNK_DEFAULT, job.bytes - input.offset);
  const buffer = Buffer.alloc(length);
  let read = 0;
  try {
    const fh = await open(job.filePath, 'r');
    try {
      while (read < length) {
        const r = await fh.read(buffer, read, length - read, input.offset + read);
        if (r.bytesRead === 0) break;
        read += r.bytesRead;
      }
    } finally {
      await fh.close();
    }
  } catch {
    throw new AppError('NOT_FOUND', JOB_NOT_FOUND);
  }
  const eof = input.offset + read >= job.bytes;
  // The whole file has gone out: keep it only a minute more, for a retried last chunk.
  if (eof) expireLater(job, AFTER_DOWNLOAD_MS);
  return {
    jobId: job.id,
    fileName: job.fileName,
    mimeType: job.format === 'xlsx' ? XLSX_MIME : CSV_MIME,
    offset: input.offset,
    length: read,
    totalBytes: job.bytes,
    base64: buffer.subarray(0, read).toString('base64'),
    eof,
  };
}
