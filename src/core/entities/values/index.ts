import type { EntityMention } from '../../../shared/entities';
import { winkNlp } from '../nlp';
import { normaliseDate } from './dates';
import { currencyOfSymbol, currencyOfWord, moneyValue } from './money';
import { parseAmount, scaleWords } from './numbers';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
}

interface Found {
  type: string;
  first: number;
  last: number;
}

/** Words before a number that hedge it and are not part of the amount: "about 50,000". */
const hedges = new Set(
  'about around roughly nearly almost some over under approximately approx. circa just only more less fewer than up to at least as many much an estimated'.split(
    ' ',
  ),
);
/** Words before a date that are not part of it: "until March 2027". */
const datePrepositions = new Set(
  'from since until till by before after in on during through throughout'.split(' '),
);
const timeUnits =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|times?|percent|pct)$/u;
const wordNumber = /^[a-z-]+$/u;

const tokensOf = (text: string): { tokens: Token[]; found: Found[] } => {
  const nlp = winkNlp();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : start + value.length;
    cursor = end;
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, pos: tags[index] ?? '' });
  });
  const details = doc.entities().out(nlp.its.detail) as unknown as Array<{ type: string }>;
  const spans = doc.entities().out(nlp.its.span) as unknown as number[][];
  const found = details.map((detail, index) => ({
    type: detail.type,
    first: spans[index]?.[0] ?? 0,
    last: spans[index]?.[1] ?? 0,
  }));
  return { tokens, found };
};

const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;

const isNumeric = (token: Token | undefined): boolean =>
  token !== undefined && /\d/u.test(token.text);

/** The mention for tokens first..last of the text, value attached. */
const mention = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityMention['type'],
  value: string | undefined,
  canonical?: string,
): EntityMention => {
  const start = tokens[first]?.start ?? 0;
  let end = tokens[last]?.end ?? start;
  // "m." of "A$3m." ends a sentence too: the full stop is not part of the amount.
  if (
    text.charAt(end - 1) === '.' &&
    /[a-z]\.$/iu.test(text.slice(start, end)) &&
    type === 'money'
  ) {
    end -= 1;
  }
  const written = text.slice(start, end);
  const result: EntityMention = {
    text: written,
    type,
    start,
    end,
    canonical: canonical ?? written,
  };
  if (value !== undefined) result.value = value;
  return result;
};

/** Skips hedges at the start of a number: the index of its first real token. */
const skipHedges = (tokens: readonly Token[], first: number, last: number): number => {
  let at = first;
  while (at < last && hedges.has(tokens[at]?.lower ?? '') && !isNumeric(tokens[at])) at += 1;
  return at;
};

const isScale = (token: Token | undefined): boolean =>
  token !== undefined && scaleWords[token.lower.replace(/\.$/u, '')] !== undefined;

/** Money from a MONEY span, or from a number with a currency symbol or word beside it. */
const money = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): EntityMention | undefined => {
  let from = first;
  let to = last;
  const before = tokens[from - 1];
  if (adjacent(before, tokens[from]) && before && currencyOfSymbol(before.text)) from -= 1;
  if (isScale(tokens[to + 1]) && !isScale(tokens[to])) to += 1;
  const next = tokens[to + 1];
  if (
    next &&
    next.pos !== 'VERB' &&
    currencyOfWord(next.text, tokens[to]?.text) &&
    !currencyOfWord(tokens[to]?.text ?? '')
  ) {
    to += 1;
  }
  const symbol = currencyOfSymbol(tokens[from]?.text ?? '');
  const lastWord = tokens[to]?.text ?? '';
  const word = currencyOfWord(lastWord, tokens[to - 1]?.text);
  const currency = symbol ?? word;
  if (!currency) return undefined;
  const amountText = text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
  return mention(
    text,
    tokens,
    from,
    to,
    'money',
    moneyValue(amountText.replace(/^\D+/u, ''), currency),
  );
};

/** What a number counts: the noun after it ("troops" of "28,500 U.S. troops"). */
const countedNoun = (
  tokens: readonly Token[],
  last: number,
  found: readonly Found[],
): string | undefined => {
  const next = tokens[last + 1];
  if (next && (next.text === '-' || next.text === '–')) return undefined; // "five-year", "10-point"
  for (let at = last + 1; at <= last + 4 && at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'NOUN') return timeUnits.test(token.lower) ? undefined : token.text;
    if (token.pos === 'CCONJ' || token.lower === 'to') {
      // "50,000 and 28,500 U.S. troops": the first number counts the same thing.
      const following = found.find((item) => item.first === at + 1 && item.type === 'CARDINAL');
      return following ? countedNoun(tokens, following.last, found) : undefined;
    }
    if (!['ADJ', 'PROPN', 'NUM'].includes(token.pos)) return undefined;
  }
  return undefined;
};

const quantity = (
  text: string,
  tokens: readonly Token[],
  item: Found,
  found: readonly Found[],
): EntityMention | undefined => {
  const first = skipHedges(tokens, item.first, item.last);
  const written = text.slice(tokens[first]?.start ?? 0, tokens[item.last]?.end ?? 0);
  const value = parseAmount(written);
  const noun = countedNoun(tokens, item.last, found);
  if (value === undefined || noun === undefined) return undefined;
  // "two soldiers", "three countries": small numbers in words are prose, not figures.
  if (wordNumber.test(written.toLowerCase()) && Number(value) < 10) return undefined;
  return mention(text, tokens, first, item.last, 'quantity', value, `${written} ${noun}`);
};

const date = (
  text: string,
  tokens: readonly Token[],
  item: Found,
  documentDate: string | undefined,
): EntityMention | undefined => {
  let first = item.first;
  while (first < item.last && datePrepositions.has(tokens[first]?.lower ?? '')) first += 1;
  const written = text.slice(tokens[first]?.start ?? 0, tokens[item.last]?.end ?? 0);
  const value = normaliseDate(written, documentDate);
  const named = /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu.test(
    written,
  );
  if (item.type === 'DURATION' && !(value && /^(?:\d{4}|--)/u.test(value))) return undefined;
  if (value === undefined && !named) return undefined;
  return mention(text, tokens, first, item.last, 'date', value);
};

/** "0.25 percentage points": a difference of percentages, listed with them. */
const percentagePoints = (
  text: string,
  tokens: readonly Token[],
  item: Found,
): EntityMention | undefined => {
  const next = tokens[item.last + 1];
  const unit = tokens[item.last + 2];
  if (next?.lower !== 'percentage' || !unit || !/^points?$/u.test(unit.lower)) return undefined;
  const first = skipHedges(tokens, item.first, item.last);
  const written = text.slice(tokens[first]?.start ?? 0, tokens[item.last]?.end ?? 0);
  return mention(text, tokens, first, item.last + 2, 'percent', parseAmount(written));
};

const percent = (text: string, tokens: readonly Token[], item: Found): EntityMention => {
  const first = skipHedges(tokens, item.first, item.last);
  const written = text.slice(tokens[first]?.start ?? 0, tokens[item.last]?.end ?? 0);
  const amount = parseAmount(
    written.replace(/\s*(?:%|per\s*cent|percent|percentage points?)\s*$/iu, ''),
  );
  return mention(text, tokens, first, item.last, 'percent', amount);
};

/**
 * Dates, money, percentages and quantities, found by wink-nlp and normalised here: ISO dates,
 * "<amount> <ISO currency>", percentages as numbers, quantities as the number they count.
 * Bare numbers, ordinals, durations ("five years") and small counts in words are left out: a
 * side panel wants the figures of the story, not every "two".
 */
export const extractValues = (text: string, documentDate?: string): EntityMention[] => {
  const { tokens, found } = tokensOf(text);
  const mentions: EntityMention[] = [];
  for (const item of found) {
    let result: EntityMention | undefined;
    if (item.type === 'DATE' || item.type === 'DURATION') {
      result = date(text, tokens, item, documentDate);
    } else if (item.type === 'PERCENT') result = percent(text, tokens, item);
    else if (item.type === 'MONEY' || item.type === 'CARDINAL') {
      const first = skipHedges(tokens, item.first, item.last);
      result = money(text, tokens, first, item.last);
      if (!result && item.type === 'CARDINAL') {
        result = percentagePoints(text, tokens, item) ?? quantity(text, tokens, item, found);
      }
    }
    if (result && result.end > result.start) mentions.push(result);
  }
  return mentions;
};
