import Database from 'better-sqlite3';
import path from 'node:path';
import { dispatch } from '../../dispatch';
import { openCore, type Core } from '../../index';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../../testing';
import { importLimits } from '../worker';
import { fileBaseName } from '../../../shared/importFiles';
import type { DocumentSummary } from '../../../shared/model';
import type { ErrorCode } from '../../../shared/result';
import type { FuzzInput } from './seeds';

/*
 * One fuzz input through the product path: `documents.importFile` on a core opened as every
 * shell opens it, which parses the file in the bounded import worker. What must hold for every
 * input: it ends, within the file's time limit, in a document or in a refusal with a known code
 * and a message naming the file; a refusal leaves every table as it was; a document is whole
 * (its one version is there and reads back).
 */

/** The codes an import may refuse with; `internal` is a bug the fuzzer reports. */
const refusalCodes: readonly ErrorCode[] = [
  'empty_document',
  'too_large',
  'too_complex',
  'unsupported_file',
];

/**
 * Grace over the worker's own limit, which starts once a new worker has loaded its parsers:
 * from the TypeScript sources, on a loaded 2-core machine, that load alone has taken 50 s.
 * Past it, the import is taken to hang.
 */
const graceMs = 120_000;

export interface FuzzOutcome {
  input: FuzzInput;
  result: 'document' | 'refused';
  code?: ErrorCode;
  ms: number;
}

/** Why an input broke a rule, with what is needed to reproduce it. */
export class FuzzFailure extends Error {}

const describe = (input: FuzzInput): string =>
  `${input.family} "${input.name}" (${input.bytes.length} bytes)`;

export interface FuzzLibrary {
  importAndCheck(input: FuzzInput): Promise<FuzzOutcome>;
  /** `PRAGMA integrity_check` of the library after the run. */
  integrity(): string;
  close(): void;
}

export const openFuzzLibrary = async (): Promise<FuzzLibrary> => {
  const dir = makeTempDir();
  const core: Core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  // A second connection, as the CLI would open: it sees only what the core committed.
  const reader = new Database(path.join(dir, 'gloss.db'), { readonly: true });
  const tables = (
    reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[]
  ).map(({ name }) => name);
  const snapshot = (): Record<string, number> =>
    Object.fromEntries(
      tables.map((table) => [
        table,
        (reader.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n,
      ]),
    );

  const settle = async (input: FuzzInput) => {
    const limit = importLimits(input.bytes.length).timeMs + graceMs;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FuzzFailure(`${describe(input)} did not end within ${limit} ms`)),
        limit,
      );
    });
    const importing = dispatch(core.handlers, 'documents.importFile', {
      name: input.name,
      data: Buffer.from(input.bytes).toString('base64'),
    });
    try {
      return await Promise.race([importing, hang]);
    } finally {
      clearTimeout(timer);
    }
  };

  const checkDocument = (input: FuzzInput, id: string, before: Record<string, number>) => {
    const versions = reader
      .prepare('SELECT count(*) AS n FROM document_versions WHERE document_id = ?')
      .get(id) as { n: number };
    const after = snapshot();
    if (versions.n !== 1 || after.documents !== (before.documents ?? 0) + 1) {
      throw new FuzzFailure(`${describe(input)} was stored with ${versions.n} versions`);
    }
  };

  return {
    importAndCheck: async (input) => {
      const before = snapshot();
      const started = performance.now();
      const answer = await settle(input);
      const ms = performance.now() - started;
      if (answer.ok) {
        const { id } = answer.value as DocumentSummary;
        checkDocument(input, id, before);
        const read = await dispatch(core.handlers, 'documents.get', { id });
        if (!read.ok) throw new FuzzFailure(`${describe(input)} was stored but cannot be read`);
        return { input, result: 'document', ms };
      }
      const { code, message } = answer.error;
      if (!refusalCodes.includes(code)) {
        throw new FuzzFailure(`${describe(input)} was refused with ${code}: ${message}`);
      }
      if (!message.includes(fileBaseName(input.name))) {
        throw new FuzzFailure(`${describe(input)}: the refusal does not name the file: ${message}`);
      }
      const after = snapshot();
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        throw new FuzzFailure(`${describe(input)} was refused but changed the library`);
      }
      return { input, result: 'refused', code, ms };
    },
    integrity: () => String(reader.pragma('integrity_check', { simple: true })),
    close: () => {
      reader.close();
      core.close();
      removeTempDir(dir);
    },
  };
};

/** Inputs tried and how they ended, per family; the slowest input; the peak memory. */
export class FuzzTally {
  readonly families = new Map<string, { documents: number; refusals: Map<string, number> }>();
  slowest: FuzzOutcome | null = null;
  peakRssMb = 0;

  add(outcome: FuzzOutcome): void {
    const family = this.families.get(outcome.input.family) ?? { documents: 0, refusals: new Map() };
    if (outcome.result === 'document') family.documents += 1;
    else
      family.refusals.set(outcome.code ?? '', (family.refusals.get(outcome.code ?? '') ?? 0) + 1);
    this.families.set(outcome.input.family, family);
    if (!this.slowest || outcome.ms > this.slowest.ms) this.slowest = outcome;
    this.peakRssMb = Math.max(this.peakRssMb, process.memoryUsage.rss() / (1024 * 1024));
  }

  get total(): number {
    let total = 0;
    for (const family of this.families.values()) {
      total += family.documents + [...family.refusals.values()].reduce((a, b) => a + b, 0);
    }
    return total;
  }

  /** One line per family, then the totals: what the fuzzer prints. */
  lines(): string[] {
    const rows = [...this.families.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, { documents, refusals }]) => {
        const refused = [...refusals.entries()].map(([code, n]) => `${n} ${code}`).join(', ');
        return `  ${name}: ${documents} documents${refused ? `, refused ${refused}` : ''}`;
      });
    const slowest = this.slowest
      ? `slowest: ${this.slowest.input.name} (${this.slowest.input.bytes.length} bytes) in ${Math.round(this.slowest.ms)} ms`
      : 'no input';
    return [
      ...rows,
      `${this.total} inputs tried; ${slowest}; peak memory ${Math.round(this.peakRssMb)} MB`,
    ];
  }
}
