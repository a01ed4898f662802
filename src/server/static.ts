import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendPlain } from './respond';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (filePath: string): string =>
  contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

const isInside = (root: string, candidate: string): boolean =>
  candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * Maps a request path to a file under root, or null when the path is malformed or escapes root
 * (encoded dots, backslashes and NUL bytes included). Pure: it does not touch the disk.
 */
export const resolveStaticPath = (root: string, pathname: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = path.resolve(root);
  const candidate = path.resolve(absoluteRoot, relative);
  return isInside(absoluteRoot, candidate) ? candidate : null;
};

/** Resolves symlinks too, so a link inside the renderer folder cannot expose files outside it. */
const existingFileInside = async (root: string, candidate: string): Promise<string | null> => {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
};

// The build names its scripts, styles and fonts after their content ("index-COqLjH-j.js"): a
// name never stands for other bytes, so the browser keeps them and a reload neither downloads
// nor compiles them again (Chromium keeps the compiled code of a script it has cached).
const contentNamed = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/u;

/** How long the browser may keep a file. */
export const cachePolicy = (pathname: string, type: string): string => {
  // The page must never be served from cache: it is only valid for this launch's session.
  if (type.startsWith('text/html')) return 'no-store';
  return contentNamed.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
};

export const serveStatic = async (
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  pathname: string,
): Promise<void> => {
  const candidate = resolveStaticPath(rendererDir, pathname);
  if (candidate === null) return sendPlain(res, 403, 'Forbidden');
  const file = await existingFileInside(rendererDir, candidate);
  if (file === null) return sendPlain(res, 404, 'Not Found');
  const size = (await stat(file)).size;
  const type = contentTypeFor(file);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': size,
    'Cache-Control': cachePolicy(pathname, type),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', () => resolve());
    stream.pipe(res);
  });
};
