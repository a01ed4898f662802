import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../src/shared/random';
import { startCliReaders, type CliReaders } from './cliReaders';
import { importFiles, textFamilies } from './corpus';
import { launchCore, type CoreChild } from './coreChild';
import { learnExpectedTexts } from './expected';
import { checkIntegrity } from './integrity';
import { emptyModel, liveDocs, type SoakModel } from './model';
import { nextOp, type OpContext, type SoakOp } from './ops';
import { compare, learnEntities, observe } from './verify';

export interface SoakOptions {
  kills: number;
  seed: number;
  /** From this kill on, a second process (the CLI) lists and exports the library throughout. */
  cliFrom: number;
  log?: (line: string) => void;
}

export interface SoakStats {
  seed: number;
  kills: number;
  killsWithCli: number;
  /** Kills that landed while the core was opening (and, the first time, creating) the library. */
  killsWhileOpening: number;
  /** Kills that landed while a write was in flight (no answer yet); how many of those had landed. */
  killsMidWrite: number;
  lostWritesLanded: number;
  /** Acknowledged writes, each checked after the kill that followed it. */
  writesChecked: number;
  integrityChecks: number;
  cliRuns: number;
  refusals: Record<string, number>;
  seconds: number;
}

/** Thrown when the library after a kill is not what the acknowledged writes made it. */
export class SoakFailure extends Error {}

/** The short strings of a call's input or answer (ids, colours), for the trace. */
const brief = (value: unknown): string =>
  JSON.stringify(value, (key, item: unknown) =>
    typeof item === 'string' && item.length > 80 ? `(${item.length} chars)` : item,
  );

const fail = (options: SoakOptions, kill: number, problems: string[]): never => {
  throw new SoakFailure(
    `Kill ${kill} of seed ${options.seed} left the library wrong (rerun: npm run soak -- --seed ` +
      `${options.seed} --kills ${kill + 1}):\n  ${problems.join('\n  ')}`,
  );
};

/**
 * Runs the kill soak: starts the core on a fresh data folder, sends a burst of writes, kills it
 * with SIGKILL at a seeded moment, restarts it and checks the library against every write it
 * acknowledged (verify.ts), `kills` times. Throws SoakFailure at the first difference.
 */
export const runSoak = async (options: SoakOptions): Promise<SoakStats> => {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const families = textFamilies(options.seed);
  const files = await importFiles(families);
  const model: SoakModel = emptyModel(await learnExpectedTexts(families, files));
  let serial = 0;
  const context: OpContext = { model, random, families, files, serial: () => (serial += 1) };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-soak-'));
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-soak-exports-'));
  const stats: SoakStats = {
    seed: options.seed,
    kills: 0,
    killsWithCli: 0,
    killsWhileOpening: 0,
    killsMidWrite: 0,
    lostWritesLanded: 0,
    writesChecked: 0,
    integrityChecks: 0,
    cliRuns: 0,
    refusals: {},
    seconds: 0,
  };
  /** Typical time of each method, so kills are drawn to land inside a write as often as not. */
  const typicalMs = new Map<string, number>();
  let lost: SoakOp | null = null;
  let firstStart = true;
  let readers: CliReaders | null = null;
  let running: CoreChild | null = null;
  /** SOAK_TRACE=FILE writes every call and its outcome there, to follow a failure back. */
  const traceFile = process.env.SOAK_TRACE;
  const trace = (op: SoakOp, outcome: unknown): void => {
    if (traceFile)
      fs.appendFileSync(
        traceFile,
        `${stats.kills} ${op.method} ${brief(op.input)} → ${brief(outcome)}\n`,
      );
  };
  try {
    for (let kill = 0; kill < options.kills; kill += 1) {
      if (kill === options.cliFrom) readers = startCliReaders(dataDir, exportDir);
      if (readers) stats.killsWithCli += 1;
      const { core, ready } = launchCore(dataDir);
      running = core;
      if (random() < 0.08) {
        // Killed while it opens the library: the first time, while it creates and seeds it.
        ready.catch(() => undefined);
        await new Promise((done) => setTimeout(done, random() * 400));
        await core.kill();
        stats.kills += 1;
        stats.killsWhileOpening += 1;
        continue;
      }
      await ready;
      await checkRestarted(core, kill);
      await burst(core);
      stats.kills += 1;
      if (kill % 50 === 49) log(`${kill + 1} kills, ${stats.writesChecked} writes checked`);
    }
    // The last kill is checked too.
    const { core, ready } = launchCore(dataDir);
    running = core;
    await ready;
    await checkRestarted(core, options.kills);
    await core.kill();
    const failure = await readers?.stop();
    if (failure) fail(options, options.kills, [`the CLI reading beside the core: ${failure}`]);
    stats.cliRuns = readers?.runs ?? 0;
    stats.seconds = Math.round((performance.now() - started) / 1000);
    return stats;
  } finally {
    // A failure leaves the core it was checking running: end it, or it would hold the soak open.
    await running?.kill();
    await readers?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(exportDir, { recursive: true, force: true });
  }

  async function checkRestarted(core: CoreChild, kill: number): Promise<void> {
    const observed = await observe(core, model, lost?.entityId ? [lost.entityId] : []);
    if (firstStart) {
      // The library as first created (the bundled article): its texts become expected ones.
      for (const [id, text] of observed.texts) {
        model.expected.set(`initial:${id}`, text);
        model.docs.set(id, {
          id,
          family: null,
          texts: [`initial:${id}`],
          version: 0,
          undoable: false,
          trashed: false,
        });
      }
      firstStart = false;
    }
    try {
      const landed = lost?.settle(observed);
      if (lost) trace(lost, landed ? 'lost, landed' : 'lost, not there');
      if (landed) {
        stats.lostWritesLanded += 1;
        stats.writesChecked += 1;
      }
    } catch (error) {
      fail(options, kill, [error instanceof Error ? error.message : String(error)]);
    }
    lost = null;
    const problems = [...compare(model, observed), ...checkIntegrity(dataDir)];
    stats.integrityChecks += 1;
    if (problems.length) fail(options, kill, problems);
    const withEntities = liveDocs(model).filter((doc) => doc.family !== null);
    if (kill % 4 === 0 && withEntities.length) {
      await learnEntities(
        core,
        model,
        withEntities[Math.floor(random() * withEntities.length)]?.id as string,
      );
    }
  }

  async function burst(core: CoreChild): Promise<void> {
    const writes = 1 + Math.floor(random() * 6);
    let killing: Promise<void> | null = null;
    for (let index = 0; index < writes; index += 1) {
      const op = nextOp(context);
      if (index === writes - 1) {
        const delay = random() * 1.5 * (typicalMs.get(op.method) ?? 30);
        killing = new Promise((done) => setTimeout(done, delay)).then(() => core.kill());
      }
      const sent = performance.now();
      const ack = await core.call(op.method, op.input);
      trace(op, ack.acked ? (ack.result.ok ? ack.result.value : ack.result.error) : 'lost');
      if (!ack.acked) {
        lost = op;
        stats.killsMidWrite += 1;
        break;
      }
      const took = performance.now() - sent;
      typicalMs.set(op.method, ((typicalMs.get(op.method) ?? took) * 3 + took) / 4);
      if (ack.result.ok) {
        op.apply(ack.result.value);
        stats.writesChecked += 1;
      } else {
        if (ack.result.error.code === 'internal')
          throw new SoakFailure(`${op.method} failed inside Gloss. ${core.stderr()}`);
        const key = `${op.method}: ${ack.result.error.code}`;
        stats.refusals[key] = (stats.refusals[key] ?? 0) + 1;
      }
    }
    await killing;
  }
};
