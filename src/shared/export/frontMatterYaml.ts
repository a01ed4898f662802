import { Document, stringify } from 'yaml';

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
