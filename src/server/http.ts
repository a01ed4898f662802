import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../shared/contract';
import { handleApi } from './api';
import { pageSecretHeader, pageSecretParam } from '../shared/bridge';
import { sendPlain } from './respond';
import { applySecurityHeaders, isAllowedHost, isAllowedOrigin, sessionCookie } from './security';
import { createLaunchSession, type LaunchSession } from './session';
import { isPagePath, servePage } from './page';
import { serveStatic } from './static';

export interface ServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer): index.html and its assets. */
  rendererDir: string;
  /** 0 or absent: an ephemeral port. */
  port?: number;
  /** The server always binds 127.0.0.1; there is deliberately no way to choose another host. */
  host?: never;
}

export interface RunningServer {
  /** The launch URL, carrying this launch's single-use token. */
  url: string;
  port: number;
  /** Where the socket is bound; always 127.0.0.1. */
  address: AddressInfo;
  /** Settles once the launch token has been redeemed (or the server closed). */
  launched: Promise<void>;
  close(): Promise<void>;
}

interface Context {
  handlers: Handlers;
  rendererDir: string;
  session: LaunchSession;
  port: number;
}

const spentLaunch =
  'This launch link was already used, or belongs to another Gloss. Start Gloss again for a new one.';

const splitUrl = (raw: string): { pathname: string; query: URLSearchParams } => {
  const q = raw.indexOf('?');
  return q < 0
    ? { pathname: raw, query: new URLSearchParams() }
    : { pathname: raw.slice(0, q), query: new URLSearchParams(raw.slice(q + 1)) };
};

const decodeMethod = (encoded: string): string => {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
};

/**
 * Order matters: Host, method, token hand-over, session cookie, then for the API Origin and
 * the page secret.
 */
const route = async (req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> => {
  applySecurityHeaders(res);
  const host = req.headers.host;
  if (!isAllowedHost(host, ctx.port)) return sendPlain(res, 403, 'Forbidden');
  const method = req.method ?? '';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return sendPlain(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD, POST' });
  }
  const { pathname, query } = splitUrl(req.url ?? '/');

  const offered = query.get('token');
  if (method === 'GET' && pathname === '/' && offered !== null) {
    const redeemed = ctx.session.redeem(offered);
    if (!redeemed) return sendPlain(res, 401, spentLaunch);
    // The spent token becomes a cookie the page's scripts cannot read, and a page secret that
    // only this redirect's page sees (a fragment never reaches a server or a Referer).
    res.writeHead(303, {
      Location: `/#${pageSecretParam}=${redeemed.pageSecret}`,
      'Set-Cookie': sessionCookie(redeemed.sessionId),
    });
    res.end();
    return;
  }
  if (!ctx.session.hasCookie(req.headers.cookie)) return sendPlain(res, 401, 'Unauthorized');

  const isApi = pathname.startsWith('/api/');
  if (method === 'POST') {
    if (!isAllowedOrigin(req.headers.origin, host, ctx.port))
      return sendPlain(res, 403, 'Forbidden');
    if (!isApi) return sendPlain(res, 404, 'Not Found');
    if (!ctx.session.hasPageSecret(req.headers[pageSecretHeader.toLowerCase()])) {
      return sendPlain(res, 401, 'Unauthorized');
    }
    return handleApi(req, res, ctx.handlers, decodeMethod(pathname.slice('/api/'.length)));
  }
  if (isApi) return sendPlain(res, 405, 'Method Not Allowed', { Allow: 'POST' });
  if (isPagePath(pathname)) {
    const launchPage = method === 'GET' && ctx.session.takeLaunchPage();
    return servePage(req, res, ctx.rendererDir, launchPage ? ctx.handlers : null);
  }
  return serveStatic(req, res, ctx.rendererDir, pathname);
};

/**
 * Tight limits for a server only this machine's browser talks to: Node's defaults held a
 * connection trickling its headers for over a minute and took any number of connections.
 */
export const serverLimits = {
  /**
   * Headers must be complete this soon after the connection starts sending them. Not tighter:
   * while the thread is busy (an entity extraction) a page's own requests wait unread, and at
   * 5 s some were answered 408 on a loaded machine.
   */
  headersTimeoutMs: 15_000,
  /** A whole request (a 32 MB import included) must have arrived this soon. */
  requestTimeoutMs: 60_000,
  /** How often Node checks those two; its default (30 s) would let them run long. */
  checkIntervalMs: 1_000,
  /** More connections than a browser window ever opens; further ones are dropped at once. */
  maxConnections: 64,
} as const;

/** Browser mode's HTTP server: the renderer's files and the contract, for this machine only. */
export const startServer = async (options: ServerOptions): Promise<RunningServer> => {
  const session = createLaunchSession();
  const ctx: Context = { ...options, session, port: 0 };
  const serverOptions = {
    headersTimeout: serverLimits.headersTimeoutMs,
    requestTimeout: serverLimits.requestTimeoutMs,
    connectionsCheckingInterval: serverLimits.checkIntervalMs,
  };
  const server = createServer(serverOptions, (req, res) => {
    route(req, res, ctx).catch((error: unknown) => {
      console.error('gloss: request failed', error);
      if (!res.headersSent) sendPlain(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  server.maxConnections = serverLimits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  ctx.port = address.port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${ctx.port}/?token=${session.launchToken}`,
    port: ctx.port,
    address,
    launched: session.launched,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        session.end();
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would otherwise hold close() open for seconds.
        server.closeAllConnections();
      })),
  };
};
