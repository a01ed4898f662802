import { newToken, readCookie, sessionCookieName, tokensEqual } from './security';

/*
 * One launch, one session. The launch token in the printed URL is redeemed once: it is then
 * spent, and a random session id (the cookie) and a page secret (the X-Gloss-Page header, see
 * shared/bridge.ts) are issued in its place. The token is never the cookie, so a launch URL
 * seen later (a log, a browser history) opens nothing, and the cookie alone does not reach the
 * API.
 */

export interface Redeemed {
  sessionId: string;
  pageSecret: string;
}

export interface LaunchSession {
  /** The token the launch URL carries, until it is redeemed. */
  readonly launchToken: string;
  /** Trades the launch token for a session, once; null for a wrong or spent token. */
  redeem(offered: string): Redeemed | null;
  /** Whether a Cookie header carries this session's id. */
  hasCookie(cookieHeader: string | undefined): boolean;
  /** Whether an X-Gloss-Page header value is this session's page secret. */
  hasPageSecret(header: string | string[] | undefined): boolean;
  /**
   * True once: for the first page asked for after the token was redeemed, the one the launch
   * redirect leads to (see page.ts, why only that one carries a document's text).
   */
  takeLaunchPage(): boolean;
  /** Settles when the token is redeemed, or `end()` is called. */
  readonly launched: Promise<void>;
  end(): void;
}

export const createLaunchSession = (): LaunchSession => {
  const launchToken = newToken();
  let spent = false;
  let session: Redeemed | null = null;
  let launchPageServed = false;
  let settle = (): void => undefined;
  const launched = new Promise<void>((resolve) => (settle = resolve));
  return {
    launchToken,
    launched,
    end: settle,
    redeem: (offered) => {
      if (spent || !tokensEqual(offered, launchToken)) return null;
      spent = true;
      session = { sessionId: newToken(), pageSecret: newToken() };
      settle();
      return session;
    },
    hasCookie: (cookieHeader) =>
      session !== null &&
      tokensEqual(readCookie(cookieHeader, sessionCookieName), session.sessionId),
    hasPageSecret: (header) =>
      session !== null && typeof header === 'string' && tokensEqual(header, session.pageSecret),
    takeLaunchPage: () => {
      if (session === null || launchPageServed) return false;
      launchPageServed = true;
      return true;
    },
  };
};
