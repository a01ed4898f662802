import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../core/dispatch';
import type { Handlers } from '../shared/contract';
import { fail } from '../shared/result';
import { sendJson } from './respond';

/** Large enough for the 10-million-character import limit in UTF-8, with JSON overhead. */
export const maxBodyBytes = 32 * 1024 * 1024;

/**
 * A library export sent to library.importJson: its characters, JSON-escaped inside the body
 * (quotes and line breaks take two), within the contract's limit; read into one string, so
 * below the longest string V8 can hold.
 */
export const maxLibraryBodyBytes = 500_000_000;

const bodyLimit = (method: string): number =>
  method === 'library.importJson' ? maxLibraryBodyBytes : maxBodyBytes;

const limitText = (bytes: number): string =>
  bytes === maxBodyBytes ? '32 MB' : `${Math.round(bytes / 1_000_000)} MB`;

type BodyRead = { kind: 'ok'; body: Buffer } | { kind: 'too_large' };

const readBody = (req: IncomingMessage, limit: number): Promise<BodyRead> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      resolve({ kind: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) {
        req.off('data', onData);
        resolve({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ kind: 'ok', body: Buffer.concat(chunks) }));
    req.on('error', reject);
  });

/**
 * After refusing a body, read and drop the rest: closing at once would reset the connection
 * while the client is still sending, and it would never see the 413. A client that goes on
 * sending far past the limit is cut off.
 */
const discardRest = (req: IncomingMessage, allowance: number): void => {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > allowance) req.destroy();
  });
  req.resume();
};

const isJsonContentType = (value: string | undefined): boolean =>
  value?.split(';')[0]?.trim().toLowerCase() === 'application/json';

/**
 * POST /api/<method>: the HTTP face of dispatch. Transport failures (size, type, syntax) answer
 * in the same Result shape as the core, so the renderer client has one way to read errors.
 */
export const handleApi = async (
  req: IncomingMessage,
  res: ServerResponse,
  handlers: Handlers,
  method: string,
): Promise<void> => {
  if (!isJsonContentType(req.headers['content-type'])) {
    return sendJson(res, 415, fail('invalid_input', 'Requests must be sent as application/json.'));
  }
  const limit = bodyLimit(method);
  const read = await readBody(req, limit);
  if (read.kind === 'too_large') {
    discardRest(req, limit);
    const message = `The request is larger than the ${limitText(limit)} limit.`;
    return sendJson(res, 413, fail('too_large', message));
  }
  let input: unknown;
  try {
    const text = read.body.toString('utf8');
    input = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'The request body is not valid JSON.'));
  }
  // A client that closes the request (a closed tab, a cancelled fetch) stops the work it started.
  const caller = new AbortController();
  const onClose = (): void => {
    if (!res.writableFinished) caller.abort();
  };
  res.on('close', onClose);
  try {
    const result = await dispatch(handlers, method, input, { signal: caller.signal });
    if (!caller.signal.aborted) sendJson(res, 200, result);
  } finally {
    res.off('close', onClose);
  }
};
