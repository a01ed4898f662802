import { Document, parse, stringify } from 'yaml';

/*
 * Front matter as the `yaml` package writes it (`lineWidth: 0`), without building its document
 * tree for every file: a 10,000-document export spent a second there. The values of an export's
 * front matter are a handful of shapes (one-line strings, integers, lists of strings, one nested
 * map), written here by yaml's own rules; anything else (a line break, a control character, a
 * float, a deeper value) goes to the package, so the bytes are the same either way.
 * `frontMatterYaml.property.test.ts` compares the two on generated values.
 */

const schema = new Document(null).schema;
/** The patterns yaml checks a plain string against: one that matches would read back as another type. */
const otherTypes = [...schema.tags, ...(schema.compat ?? [])].flatMap((tag) =>
  tag.default && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test ? [tag.test] : [],
);

/** Characters yaml writes double-quoted with escapes, and the other multi-line cases: left to it. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const leftToYaml = /[\n\r\t\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]|^(?:%|---|\.\.\.)/u;
/** What cannot be a plain scalar (yaml's own test, stringifyString.js). */
const notPlain =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/u;

/** A string as yaml writes it as a block value; undefined where yaml is left to decide. */
const stringScalar = (value: string): string | undefined => {
  if (leftToYaml.test(value)) return undefined;
  if (!notPlain.test(value) && !otherTypes.some((test) => test.test(value))) return value;
  // Quoted: single quotes for a string with double quotes only, else double (JSON's escaping
  // is yaml's for one line without control characters).
  const hasDouble = value.includes('"');
  const hasSingle = value.includes("'");
  return hasDouble && !hasSingle ? `'${value}'` : JSON.stringify(value);
};

const primitiveScalar = (value: unknown): string | undefined => {
  if (typeof value === 'string') return stringScalar(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) {
    return String(value);
  }
  return undefined;
};

/** The lines of one `key: value` of the map, at `indent`; undefined where yaml decides. */
const entryLines = (key: string, value: unknown, indent: string): string[] | undefined => {
  const head = `${indent}${key}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    const items = value.map(primitiveScalar);
    if (items.some((item) => item === undefined)) return undefined;
    return [head, ...items.map((item) => `${indent}  - ${item}`)];
  }
  if (typeof value === 'object' && value !== null) {
    if (indent !== '') return undefined;
    const entries = Object.entries(value);
    if (entries.length === 0) return undefined;
    const lines = [head];
    for (const [innerKey, innerValue] of entries) {
      const inner = isPlainKey(innerKey) ? entryLines(innerKey, innerValue, '  ') : undefined;
      if (!inner || Array.isArray(innerValue) || innerValue === undefined) return undefined;
      lines.push(...inner);
    }
    return lines;
  }
  const scalar = primitiveScalar(value);
  return scalar === undefined ? undefined : [`${head} ${scalar}`];
};

/** Keys an export writes: plain words and dashes, which yaml writes as they are. */
const isPlainKey = (key: string): boolean =>
  /^[a-z][a-z-]*$/u.test(key) && !otherTypes.some((test) => test.test(key));

/** The front matter written here, or undefined where yaml is left to write it. */
export const writtenHere = (data: Readonly<Record<string, unknown>>): string | undefined => {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const entry = isPlainKey(key) ? entryLines(key, value, '') : undefined;
    if (!entry) return undefined;
    lines.push(...entry);
  }
  // trimEnd as the caller trims yaml's: it takes Unicode spaces off a last value too.
  return lines.length ? lines.join('\n').trimEnd() : undefined;
};

/** `stringify(data, { lineWidth: 0 }).trimEnd()` of yaml, for the front matter of an export. */
export const frontMatterYaml = (data: Readonly<Record<string, unknown>>): string =>
  writtenHere(data) ?? stringify(data, { lineWidth: 0 }).trimEnd();

/** One scalar as `stringScalar` and `primitiveScalar` write it, read back. */
const readScalar = (text: string): unknown => {
  if (text.startsWith('"')) return JSON.parse(text) as unknown;
  if (text.startsWith("'")) return text.slice(1, -1);
  if (/^-?\d+$/u.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
};

const listItem = /^ {2}- (.*)$/u;
const topEntry = /^([a-z][a-z-]*):(?: (.*))?$/u;
const innerEntry = /^ {2}([a-z][a-z-]*): (.*)$/u;

/**
 * Front matter in the layout `writtenHere` writes, read line by line (a list or a map under a
 * key its next line tells apart); undefined for any other line.
 */
const readWrittenHere = (yaml: string): Record<string, unknown> | undefined => {
  const data: Record<string, unknown> = {};
  let open: unknown[] | Record<string, unknown> | undefined;
  const lines = yaml.split('\n');
  for (const [index, line] of lines.entries()) {
    const item = listItem.exec(line);
    const inner = innerEntry.exec(line);
    const top = topEntry.exec(line);
    if (item && Array.isArray(open)) open.push(readScalar(item[1] as string));
    else if (inner && open && !Array.isArray(open)) {
      open[inner[1] as string] = readScalar(inner[2] as string);
    } else if (top) {
      const key = top[1] as string;
      const value = top[2];
      if (value === undefined) {
        open = listItem.test(lines[index + 1] ?? '') ? [] : {};
        data[key] = open;
      } else {
        open = undefined;
        data[key] = value === '[]' ? [] : readScalar(value);
      }
    } else return undefined;
  }
  return data;
};

/**
 * Front matter read as yaml's `parse` reads it. What `writtenHere` wrote (every Gloss file) is
 * read line by line, and taken only where writing it again gives the very same text, which
 * yaml would read back as that data; any other text is yaml's to read. Reading 10,000 files'
 * front matter with yaml took 6 s of a re-export.
 */
export const readFrontMatter = (yaml: string): unknown => {
  try {
    const data = readWrittenHere(yaml);
    if (data && writtenHere(data) === yaml) return data;
  } catch {
    // Not what writtenHere wrote (a quoted string that is not JSON): yaml reads it.
  }
  return parse(yaml) as unknown;
};
