/*
 * File names and block ids of a Markdown export. Both must be the same on every export of the
 * same library (links into an exported vault keep working) and must be valid where they go:
 * Obsidian allows only letters, digits and dashes in a block id, and file names are kept to
 * characters every file system and both Obsidian and Logseq accept.
 */

/** A 53-bit string hash (cyrb53): stable across runs and platforms, no crypto needed. */
export const stableHash = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** Ids Gloss makes (UUIDs) are used as they are; anything else is hashed into the alphabet. */
const idToken = (id: string): string =>
  /^[a-z0-9][a-z0-9-]{0,63}$/u.test(id) ? id : `x${stableHash(id)}`;

/** The block id (without its `^`) of a highlight or document note, derived from its id. */
export const blockIdFor = (id: string): string => `gloss-${idToken(id)}`;

const maxSlugLength = 60;

/** A file-name-safe slug of a title: ASCII letters and digits joined by dashes. */
export const slugify = (title: string): string => {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/u, '');
  return slug || 'document';
};

/** Device names Windows reserves, whatever the case and with any extension (`nul.md` too). */
const reservedName = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu;
/** Path separators, characters Windows refuses in a name, and control characters. */
const refusedCharacters = /[/\\:*?"<>|\p{Cc}]/gu;
const maxNameLength = 200;

/**
 * True for a file name that stays in its folder and that Windows, macOS and Linux all take as
 * it is: one path segment (not `.` or `..`), no reserved device name (`CON`, `NUL`, `COM1`,
 * ...), no trailing dot or space, no character Windows refuses, at most 200 characters.
 */
export const isSafeFileName = (name: string): boolean =>
  name.length > 0 &&
  name.length <= maxNameLength &&
  !/^\.+$/u.test(name) &&
  name.search(refusedCharacters) < 0 &&
  !/[. ]$/u.test(name) &&
  !reservedName.test(name);

/**
 * The nearest safe name (see isSafeFileName): refused characters become `-`, trailing dots and
 * spaces go, a reserved name gets a `_` after its stem, and a name left empty is `document`.
 */
export const safeFileName = (name: string): string => {
  let safe = name
    .replace(refusedCharacters, '-')
    .slice(0, maxNameLength)
    .replace(/[. ]+$/u, '');
  if (!safe || /^\.+$/u.test(safe)) safe = 'document';
  if (reservedName.test(safe)) safe = safe.replace(/^([^.]*)/u, '$1_');
  return safe;
};

const shortIdLength = 8;

/** Names to try for one document, best first: a longer piece of the id, then a counter. */
function* candidateNames(slug: string, token: string): Generator<string> {
  for (let length = shortIdLength; length < token.length; length += 4) {
    yield `${slug}-${token.slice(0, length)}`;
  }
  yield `${slug}-${token}`;
  for (let n = 2; ; n += 1) yield `${slug}-${token}-${n}`;
}

/**
 * One file name (without `.md`) per document: the title's slug and the start of the id, so two
 * documents of the same title never share a file. `taken` holds names that must not be used
 * (another program's files); names are compared ignoring case, as macOS and Windows do.
 */
export const fileNamesFor = (
  documents: readonly { id: string; title: string }[],
  taken: Iterable<string> = [],
): Map<string, string> => {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const names = new Map<string, string>();
  // By id, so the same library gives the same names whatever order it is listed in.
  const ordered = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, title } of ordered) {
    const candidates = candidateNames(slugify(title), idToken(id.toLowerCase()));
    // Slugs are already safe; safeFileName keeps that true whatever a slug rule becomes.
    const next = (): string => safeFileName(candidates.next().value as string);
    let name = next();
    while (used.has(name.toLowerCase())) name = next();
    used.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
};
