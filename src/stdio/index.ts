import path from 'node:path';
import { createInterface } from 'node:readline';
import { openCore } from '../core';
import { dispatch } from '../core/dispatch';
import { resolveDataDir } from '../core/paths';

/**
 * The contract over stdin and stdout: `node out/main/stdio.js`, one JSON call a line in
 * (`{"id":1,"method":"library.list","input":{}}`), one answer a line out (`{"id":1,"result":
 * {"ok":true,"value":...}}`), in the order the calls came. A call is answered only once its
 * handler has returned, so a write that is answered is committed to gloss.db. The first line
 * out is `{"ready":true}` once the library is open, or `{"ready":false,"error":"..."}` before
 * exiting with 1. The kill soak (scripts/soak) drives the core through it; scripts may too.
 */

interface Call {
  id: unknown;
  method: unknown;
  input?: unknown;
}

const send = (message: object): void => {
  process.stdout.write(`${JSON.stringify(message)}\n`);
};

const readCall = (line: string): Call | null => {
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Call) : null;
  } catch {
    return null;
  }
};

const main = async (): Promise<void> => {
  let core: Awaited<ReturnType<typeof openCore>>;
  try {
    core = await openCore({
      dataDir: resolveDataDir(),
      resourcesDir: path.resolve(__dirname, '../../resources'),
    });
  } catch (error) {
    send({ ready: false, error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
  send({ ready: true });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // One call at a time, in order: an answer always follows the commits of the calls before it.
  for await (const line of lines) {
    if (!line.trim()) continue;
    const call = readCall(line);
    if (!call || typeof call.method !== 'string') {
      send({
        id: call?.id ?? null,
        result: {
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'Each line must be a JSON object with "id", "method" and "input".',
          },
        },
      });
      continue;
    }
    send({ id: call.id, result: await dispatch(core.handlers, call.method, call.input) });
  }
  core.close();
};

void main();
