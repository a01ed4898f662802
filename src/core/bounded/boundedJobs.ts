import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import { errorCodes, GlossError, type ErrorCode } from '../../shared/result';
import { workerFile } from '../workerFile';

/*
 * Work on untrusted bytes (parsing an imported file) runs in a worker thread with a memory
 * limit (`resourceLimits`) and a time limit, and is stopped when its caller goes away. A file
 * that would take minutes or gigabytes then ends in a clear refusal, and the thread that serves
 * every other call (the HTTP server, Electron's main process) never waits for it.
 *
 * This module is generic: a set of job kinds (name -> function of an input, such as a file's
 * name and bytes) becomes a runner with `defineBoundedJobs`. The module defining the kinds
 * (import/parseJobs.ts) is the file the worker loads, so it must call `defineBoundedJobs` at its
 * top level; adding a format (PDF, EPUB) is adding a kind there. Jobs throw GlossError for a
 * refusal; the code and message come back as they were thrown.
 */

export interface BoundedLimits {
  /** Wall-clock time for one job, from the moment a worker takes it. */
  timeMs: number;
  /** The worker's old-generation heap; exceeding it stops the worker. */
  maxHeapMb: number;
  /** The worker's stack: deep recursion ends in a refusal, not a crash. */
  stackMb?: number;
}

/** What to tell the user when a limit stops a job; `subject` is what the caller said it runs. */
export interface BoundedRefusals {
  tooSlow(subject: string, seconds: number): string;
  tooBig(subject: string): string;
  cancelled(subject: string): string;
}

export interface BoundedRunOptions {
  limits: BoundedLimits;
  /** Named in refusals (a file name). */
  subject: string;
  /** Aborting stops the job's worker and rejects with the `cancelled` refusal. */
  signal?: AbortSignal;
}

/** A job may be async: the module defining it can then load its heavy parts in the worker only. */
type JobFunction<I, O> = (input: I) => O | Promise<O>;
type Request = { id: number; kind: string; input: unknown };
/** A new worker says so once it has loaded what its jobs need (`preload`). */
type Ready = { ready: true };
type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: ErrorCode; message: string };

/** What a job of a kind answers, once awaited. */
type Result<Job> = Job extends JobFunction<never, infer O> ? O : never;

const codeOf = (error: unknown): ErrorCode =>
  error instanceof GlossError && errorCodes.includes(error.code) ? error.code : 'internal';

/** In the worker: answer each request with its job's result or refusal. */
const serve = (
  kinds: Record<string, JobFunction<never, unknown>>,
  refusals: BoundedRefusals,
  preload: (() => Promise<unknown>) | undefined,
) => {
  // Loading the parsers is not the job's time: the caller starts the clock once this arrives.
  void (async () => {
    await preload?.();
    parentPort?.postMessage({ ready: true } satisfies Ready);
  })();
  parentPort?.on('message', async ({ id, kind, input }: Request) => {
    let reply: Reply;
    try {
      const job = kinds[kind];
      if (!job) throw new GlossError('internal', `No bounded job of kind "${kind}".`);
      reply = { id, ok: true, value: await job(input as never) };
    } catch (error) {
      // A stack overflow is the stack limit doing its job: refuse like the heap limit does.
      const tooDeep = error instanceof RangeError && /call stack/iu.test(error.message);
      const subject = (input as { name?: unknown } | null)?.name;
      const message = tooDeep
        ? refusals.tooBig(typeof subject === 'string' ? subject : kind)
        : error instanceof Error
          ? error.message
          : String(error);
      reply = { id, ok: false, code: tooDeep ? 'too_complex' : codeOf(error), message };
    }
    parentPort?.postMessage(reply);
  });
};

/** Idle workers are kept this long for the next job: starting one costs about half a second. */
const idleMs = 30_000;
/** At most this many jobs run at once; more wait their turn (the machine may have 2 cores). */
const maxRunning = 2;

/**
 * Defines a family of bounded jobs run in workers loading `moduleUrl` (pass `import.meta.url`
 * of the module that calls this at its top level). `marker` tells that module's worker apart.
 * Where the module cannot be loaded in a worker (bundled into an entry file, see workerFile.ts),
 * jobs run in the calling thread with no limits; the built app never does that.
 */
export const defineBoundedJobs = <Kinds extends Record<string, JobFunction<never, unknown>>>(
  moduleUrl: string,
  marker: string,
  kinds: Kinds,
  refusals: BoundedRefusals,
  /** Loads, in a new worker, what the jobs need; not counted in a job's time. */
  preload?: () => Promise<unknown>,
) => {
  const self = workerFile(moduleUrl);
  const data = workerData as Record<string, unknown> | null;
  if (!isMainThread && data?.[marker] === true) serve(kinds, refusals, preload);
  const readyWorkers = new WeakSet<Worker>();

  const idle: Worker[] = [];
  const idleTimers = new Map<Worker, NodeJS.Timeout>();
  // A worker's limits are fixed when it starts: it only takes jobs with the same ones.
  const limitsOf = new Map<Worker, string>();
  const keyOf = ({ maxHeapMb, stackMb }: BoundedLimits): string => `${maxHeapMb}/${stackMb ?? ''}`;
  const waiting: (() => void)[] = [];
  let running = 0;
  let nextId = 1;

  const take = (limits: BoundedLimits): Worker => {
    const at = idle.findIndex((worker) => limitsOf.get(worker) === keyOf(limits));
    const warm = at >= 0 ? idle.splice(at, 1)[0] : undefined;
    if (warm) {
      clearTimeout(idleTimers.get(warm));
      idleTimers.delete(warm);
      return warm;
    }
    const resourceLimits = {
      maxOldGenerationSizeMb: limits.maxHeapMb,
      maxYoungGenerationSizeMb: 32,
      stackSizeMb: limits.stackMb ?? 4,
    };
    const worker = self.spawn({ [marker]: true }, { resourceLimits });
    limitsOf.set(worker, keyOf(limits));
    // A worker that dies while idle (it should not) is simply forgotten.
    worker.once('exit', () => {
      limitsOf.delete(worker);
      clearTimeout(idleTimers.get(worker));
      idleTimers.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
    });
    return worker;
  };

  const release = (worker: Worker | undefined, reusable: boolean): void => {
    running -= 1;
    waiting.shift()?.();
    if (!worker) return;
    if (!reusable) {
      void worker.terminate();
      return;
    }
    worker.unref();
    idle.push(worker);
    const timer = setTimeout(() => {
      idleTimers.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      void worker.terminate();
    }, idleMs);
    timer.unref();
    idleTimers.set(worker, timer);
  };

  const turn = async (signal: AbortSignal | undefined): Promise<void> => {
    while (running >= maxRunning) {
      await new Promise<void>((resolve) => waiting.push(resolve));
      signal?.throwIfAborted();
    }
    running += 1;
  };

  const inWorker = async <K extends keyof Kinds & string>(
    kind: K,
    input: Parameters<Kinds[K]>[0],
    { limits, subject, signal }: BoundedRunOptions,
  ): Promise<Result<Kinds[K]>> => {
    const cancelled = () => new GlossError('cancelled', refusals.cancelled(subject));
    try {
      await turn(signal);
    } catch {
      throw cancelled();
    }
    const worker = take(limits);
    worker.ref();
    const id = nextId++;
    return new Promise<Result<Kinds[K]>>((resolve, reject) => {
      let reusable = false;
      const end = (outcome: () => void): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        release(worker, reusable);
        outcome();
      };
      const onMessage = (reply: Reply | Ready): void => {
        if ('ready' in reply) {
          readyWorkers.add(worker);
          start();
          return;
        }
        if (reply.id !== id) return;
        reusable = true;
        if (reply.ok) end(() => resolve(reply.value as Result<Kinds[K]>));
        else end(() => reject(new GlossError(reply.code, reply.message)));
      };
      const onError = (error: Error & { code?: string }): void => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        end(() =>
          reject(outOfMemory ? new GlossError('too_complex', refusals.tooBig(subject)) : error),
        );
      };
      const onExit = (code: number): void =>
        end(() => reject(new Error(`The worker for ${subject} stopped (exit code ${code}).`)));
      const onAbort = (): void => end(() => reject(cancelled()));
      const seconds = Math.ceil(limits.timeMs / 1000);
      let timer: NodeJS.Timeout | undefined;
      // The clock starts when the job is handed over: a new worker first loads its parsers.
      const start = (): void => {
        if (signal?.aborted) return;
        timer = setTimeout(
          () =>
            end(() => reject(new GlossError('too_complex', refusals.tooSlow(subject, seconds)))),
          limits.timeMs,
        );
        worker.postMessage({ id, kind, input } satisfies Request);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
      if (readyWorkers.has(worker)) start();
    });
  };

  return {
    /** Runs one job: its result, or the GlossError it (or a limit) refused with. */
    run: async <K extends keyof Kinds & string>(
      kind: K,
      input: Parameters<Kinds[K]>[0],
      options: BoundedRunOptions,
    ): Promise<Result<Kinds[K]>> => {
      const job = kinds[kind] as JobFunction<typeof input, Result<Kinds[K]>>;
      if (!self.usable()) return job(input);
      return inWorker(kind, input, options);
    },
    /** Jobs running in workers, and workers kept idle: for tests that check nothing lingers. */
    workers: (): { busy: number; idle: number } => ({ busy: running, idle: idle.length }),
  };
};
