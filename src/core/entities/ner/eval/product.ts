/**
 * Scores the product path: plain text through `extractEntitiesInWorker`, the very function the
 * Entities panel (services/entities.ts) and `gloss entities` call, on exact span and type.
 */
import type { EntityType } from '../../../../shared/entities';
import { extractEntitiesInWorker } from '../../worker';
import { SpanScorer, type TypedSpan } from '../train/evaluate';
import { entityTags } from '../labels';
import { type PlainDocument } from './detokenize';

/** The product's name types as the tagger's type indexes; dates and amounts are not scored. */
const typeIndex: Partial<Record<EntityType, number>> = {
  person: 0,
  organization: 1,
  place: 2,
  misc: 3,
};

/** The names the product finds in a text, as typed character spans. */
export const productSpans = async (text: string): Promise<TypedSpan[]> => {
  const { mentions } = await extractEntitiesInWorker(text);
  return mentions.flatMap((mention) => {
    const type = typeIndex[mention.type];
    return type === undefined ? [] : [{ start: mention.start, end: mention.end, type }];
  });
};

export type ErrorKind = 'missed' | 'wrong type' | 'wrong span' | 'spurious';

export interface ProductError {
  kind: ErrorKind;
  gold?: TypedSpan;
  predicted?: TypedSpan;
  /** The text of the predicted span. */
  found?: string;
  /** The line the error is on, the span marked with [[ ]]. */
  context: string;
}

export interface ProductScore {
  scorer: SpanScorer;
  errors: ProductError[];
  chars: number;
  ms: number;
}

const overlaps = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && b.start < a.end;
const same = (a: TypedSpan, b: TypedSpan): boolean => a.start === b.start && a.end === b.end;

const contextOf = (text: string, span: TypedSpan): string => {
  const from = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const to = newline < 0 ? text.length : newline;
  const line = `${text.slice(from, span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end, to)}`;
  return line.length > 240
    ? line.slice(Math.max(0, span.start - from - 100), span.end - from + 104)
    : line;
};

/** Sorts the errors of one document into missed / wrong type / wrong span / spurious. */
export const classifyErrors = (
  text: string,
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[],
): ProductError[] => {
  const errors: ProductError[] = [];
  const exact = (a: TypedSpan, b: TypedSpan): boolean => same(a, b) && a.type === b.type;
  for (const span of gold) {
    if (predicted.some((p) => exact(p, span))) continue;
    const retyped = predicted.find((p) => same(p, span));
    const near = retyped ?? predicted.find((p) => overlaps(p, span));
    const kind: ErrorKind = retyped ? 'wrong type' : near ? 'wrong span' : 'missed';
    const found = near ? { predicted: near, found: text.slice(near.start, near.end) } : {};
    errors.push({ kind, gold: span, ...found, context: contextOf(text, span) });
  }
  for (const span of predicted) {
    if (gold.some((g) => overlaps(g, span))) continue;
    const found = text.slice(span.start, span.end);
    errors.push({ kind: 'spurious', predicted: span, found, context: contextOf(text, span) });
  }
  return errors;
};

/**
 * Runs every document through the product and scores it. Gold MISC spans are kept so a MISC
 * name is not counted as a spurious organisation; the headline figure leaves MISC out.
 * `scoreMisc` false drops predicted MISC too (sets without MISC gold).
 */
export const scoreProduct = async (
  documents: readonly PlainDocument[],
  scoreMisc: boolean,
): Promise<ProductScore> => {
  const scorer = new SpanScorer();
  const errors: ProductError[] = [];
  let chars = 0;
  let ms = 0;
  for (const document of documents) {
    const start = performance.now();
    const found = await productSpans(document.text);
    ms += performance.now() - start;
    chars += document.text.length;
    const predicted = scoreMisc ? found : found.filter((span) => span.type < 3);
    scorer.add(document.gold, predicted);
    const headline = (s: TypedSpan): boolean => s.type < 3;
    errors.push(
      ...classifyErrors(document.text, document.gold.filter(headline), predicted.filter(headline)),
    );
  }
  return { scorer, errors, chars, ms };
};

const tag = (span: TypedSpan | undefined): string => (span ? (entityTags[span.type] ?? '?') : '-');

/** The error file: a count per kind, then one block per error with its context. */
export const formatErrors = (errors: readonly ProductError[]): string => {
  const kinds: ErrorKind[] = ['missed', 'wrong type', 'wrong span', 'spurious'];
  const lines = kinds.map((kind) => `${kind}: ${errors.filter((e) => e.kind === kind).length}`);
  for (const kind of kinds) {
    lines.push('', `== ${kind}`);
    for (const error of errors.filter((e) => e.kind === kind)) {
      const gold = error.gold ? `gold ${tag(error.gold)}` : '';
      const predicted = error.predicted
        ? `found ${tag(error.predicted)} "${error.found ?? ''}"`
        : '';
      lines.push(`${[gold, predicted].filter(Boolean).join(', ')}\t${error.context}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
