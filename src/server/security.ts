import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../shared/bridge';

export const sessionCookieName = 'gloss_session';

/** A fresh secret for one launch: 32 random bytes, URL-safe so it can ride in the launch URL. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * Constant-time comparison, so response timing never reveals how much of a guess was right.
 * Lengths may differ safely: the token's length is no secret, only its bytes are.
 */
export const tokensEqual = (given: string | undefined, expected: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
};

export const readCookie = (header: string | undefined, name: string): string | undefined => {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
};

/**
 * Lax, not Strict: the launch page Gloss opens is a private file (see launcher.ts), and a
 * navigation started from a file:// page is cross-site, so a Strict cookie would be withheld on
 * the redirect that follows. Nothing is lost: the API needs a POST from this Origin carrying the
 * page secret, which no other site's page holds.
 */
export const sessionCookie = (sessionId: string): string =>
  `${sessionCookieName}=${sessionId}; HttpOnly; SameSite=Lax; Path=/`;

/**
 * The Host allow-list defeats DNS rebinding: a page on evil.example that re-points its name to
 * 127.0.0.1 still sends "Host: evil.example:<port>" and is refused.
 */
export const isAllowedHost = (host: string | undefined, port: number): host is string =>
  host === `127.0.0.1:${port}` || host === `localhost:${port}`;

/** State-changing requests must come from a page served by this very server, under the same name. */
export const isAllowedOrigin = (origin: string | undefined, host: string, port: number): boolean =>
  isAllowedHost(host, port) && origin === `http://${host}`;

const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const applySecurityHeaders = (res: ServerResponse): void => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
};
