/**
 * The tagger's labels: BILOU over four entity types. Label 0 is O; type t has B = 1 + 4t,
 * I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
 */

export const entityTags = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityTag = (typeof entityTags)[number];

export const labelCount = 1 + 4 * entityTags.length;

/** A run of tokens `[first, end)` with a type index into `entityTags`. */
export interface TokenSpan {
  first: number;
  end: number;
  type: number;
}

const part = (label: number): number => (label - 1) % 4; // 0 B, 1 I, 2 L, 3 U
export const typeOf = (label: number): number => (label === 0 ? -1 : Math.floor((label - 1) / 4));
const labelFor = (type: number, position: number): number => 1 + 4 * type + position;

/** The label names, for headers and reports. */
export const labelNames = (): string[] => {
  const names = ['O'];
  for (const tag of entityTags) for (const p of 'BILU') names.push(`${p}-${tag}`);
  return names;
};

/** May `next` follow `previous` (-1 = sentence start)? */
export const allowedTransition = (previous: number, next: number): boolean => {
  const open = previous > 0 && part(previous) < 2; // after B or I a span is still open
  if (open)
    return next > 0 && part(next) !== 0 && part(next) !== 3 && typeOf(next) === typeOf(previous);
  return next === 0 || part(next) === 0 || part(next) === 3;
};

/** May a sentence end after `label`? */
export const allowedEnd = (label: number): boolean => label === 0 || part(label) >= 2;

export const spansToLabels = (length: number, spans: readonly TokenSpan[]): Uint8Array => {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    if (span.end - span.first === 1) {
      labels[span.first] = labelFor(span.type, 3);
      continue;
    }
    labels[span.first] = labelFor(span.type, 0);
    for (let i = span.first + 1; i < span.end - 1; i += 1) labels[i] = labelFor(span.type, 1);
    labels[span.end - 1] = labelFor(span.type, 2);
  }
  return labels;
};

/** Spans of a label sequence; tolerant of sequences a constrained decoder would not produce. */
export const labelsToSpans = (labels: ArrayLike<number>): TokenSpan[] => {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < labels.length; i += 1) {
    const label = labels[i] ?? 0;
    const type = typeOf(label);
    const position = label === 0 ? -1 : part(label);
    if (open && (type !== open.type || position === 0 || position === 3)) {
      spans.push(open);
      open = undefined;
    }
    if (label === 0) continue;
    if (!open) open = { first: i, end: i + 1, type };
    else open.end = i + 1;
    if (position >= 2) {
      spans.push(open);
      open = undefined;
    }
  }
  if (open) spans.push(open);
  return spans;
};

/** Spans from IOB1 or IOB2 tags ("B-PER", "I-ORG", "O"); `typeIndex` maps a tag's type. */
export const iobToSpans = (
  tags: readonly string[],
  typeIndex: (name: string) => number,
): TokenSpan[] => {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const [prefix, name = ''] = tag.split(/-(.*)/su);
    const type = tag === 'O' ? -1 : typeIndex(name);
    if (open && (type !== open.type || prefix === 'B')) {
      spans.push(open);
      open = undefined;
    }
    if (type < 0) return;
    if (!open) open = { first: i, end: i + 1, type };
    else open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
};
