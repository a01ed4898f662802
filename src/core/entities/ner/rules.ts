/**
 * Rules applied to the tagger's labels, sentence by sentence, before the document context
 * remembers them. Each one encodes a convention of English news names that the training data
 * shows too rarely for the perceptron to learn, and each is measured on the development sets
 * (`npm run train:ner` scores the extractor with them).
 */
import { caseClass, sentenceStyle, type SentenceView } from './features';
import { gazetteerCategories, type Gazetteer, type GazetteerCategory } from './gazetteer';
import { labelsToSpans, spansToLabels, type TokenSpan } from './labels';

const PER = 0;
const ORG = 1;
const LOC = 2;

const categoryMask = (categories: readonly GazetteerCategory[]): number =>
  categories.reduce((mask, category) => mask | (1 << gazetteerCategories.indexOf(category)), 0);

/** The categories of every phrase that covers token `i`, from `Gazetteer.match`. */
const coveringCategories = (hits: number[][], i: number): number =>
  (hits[i] ?? []).reduce((mask, hit) => mask | (1 << (hit >> 2)), 0);

/*
 * Head words of organisations. compromise's list ("ministry", "agency", "institute") comes with
 * the model as the 'org-word' category; it lacks the military ones, which name organisations in
 * the same way ("U.S. Forces Korea", "Japan Air Self-Defense Force").
 */
const orgWord = categoryMask(['org-word']);
const titleWord = categoryMask(['role', 'honorific']);
const militaryHeads = new Set(['forces', 'force', 'command', 'navy', 'marines', 'guard']);

const isOrgHead = (gazetteer: Gazetteer, folded: string): boolean =>
  militaryHeads.has(folded) || (coveringCategories(gazetteer.match([folded]), 0) & orgWord) !== 0;

/** Is token i a capitalised word ("Forces", not "FORCES", "forces" or ",")? */
const capitalised = (tokens: readonly string[], i: number): boolean =>
  caseClass(tokens[i] ?? '') === 2 && /\p{L}/u.test(tokens[i] ?? '');

/**
 * A place followed by an organisation's head word is that organisation: "U.S. Forces Korea",
 * "Japan Airlines", "U.S. Department of Homeland Security" stay whole instead of a place and a
 * stray name. The organisation runs to the end of the span the head word starts, or else over
 * the capitalised words after it ("of" included when a capitalised word follows), stopping at a
 * title ("U.S. Army Gen. Mark Milley").
 */
const placeThenOrgHead = (
  view: SentenceView,
  spans: TokenSpan[],
  gazetteer: Gazetteer,
): TokenSpan[] => {
  const { tokens, folded } = view;
  const isAbbreviation = (i: number): boolean => /\.$/u.test(tokens[i] ?? '');
  const isTitle = (i: number): boolean =>
    (coveringCategories(gazetteer.match([folded[i] ?? '']), 0) & titleWord) !== 0;
  const startsSpan = new Set(spans.map((span) => span.first));
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s += 1) {
    const span = spans[s];
    if (!span) continue;
    const head = span.end;
    const next = spans[s + 1];
    const headTagged = next?.first === head;
    if (
      span.type !== LOC ||
      !capitalised(tokens, head) ||
      !isOrgHead(gazetteer, folded[head] ?? '') ||
      (headTagged && next.type === PER)
    ) {
      out.push(span);
      continue;
    }
    let end = headTagged ? next.end : head + 1;
    while (!headTagged && !startsSpan.has(end) && !isAbbreviation(end) && !isTitle(end)) {
      if (capitalised(tokens, end)) end += 1;
      else if (folded[end] === 'of' && capitalised(tokens, end + 1)) end += 2;
      else break;
    }
    // "Hong Kong Financial Secretary": the head word belongs to a title.
    if (capitalised(tokens, end) && isTitle(end)) {
      out.push(span);
      continue;
    }
    if (headTagged) s += 1;
    out.push({ first: span.first, end, type: ORG });
  }
  return out;
};

/**
 * An organisation named by its head word and then a place is one name: "U.S. Forces Japan",
 * "U.S. Army Europe" (the tagger ends the organisation at the head word).
 */
const orgHeadThenPlace = (
  view: SentenceView,
  spans: TokenSpan[],
  gazetteer: Gazetteer,
): TokenSpan[] => {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (
      last?.type === ORG &&
      span.type === LOC &&
      last.end === span.first &&
      isOrgHead(gazetteer, view.folded[last.end - 1] ?? '')
    ) {
      last.end = span.end;
      continue;
    }
    out.push({ ...span });
  }
  return out;
};

/** Words that make a capitalised run a title or a place rather than an unknown organisation. */
const notOrganisation = categoryMask([
  'first-name',
  'last-name',
  'person',
  'honorific',
  'role',
  'country',
  'demonym',
  'capital',
  'city-1m',
  'city-100k',
  'city-15k',
  'region',
  'place-word',
]);

/** Prepositions that introduce an organisation or a platform without an article: "posts on". */
const introducers = new Set(['on', 'at', 'from', 'by', 'with', 'via', 'against', 'for']);
/** Pronouns and determiners: "with His Hot ..." starts no name. */
const closedClass = new Set(
  'i you he she it we they me him her us them my your his its our their this that the a an'.split(
    ' ',
  ),
);
/** Months and weekdays: "on Super Tuesday", "from July June" name no organisation. */
const calendarWords = new Set(
  [
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A run of two or more capitalised words in the middle of an ordinary sentence is a name even
 * when the tagger knows none of its words ("posts on Truth Social"). When no word of it is a
 * person's name, a title or a place, news most often means an organisation.
 */
const unknownRunsAsOrganisations = (
  view: SentenceView,
  spans: TokenSpan[],
  gazetteer: Gazetteer,
): TokenSpan[] => {
  const { tokens, folded } = view;
  const tagged = new Uint8Array(tokens.length);
  for (const span of spans) tagged.fill(1, span.first, span.end);
  const added: TokenSpan[] = [];
  for (let first = 0; first < tokens.length;) {
    if (!capitalised(tokens, first)) {
      first += 1;
      continue;
    }
    let end = first + 1;
    while (capitalised(tokens, end)) end += 1;
    const untagged = tagged.subarray(first, end).every((flag) => flag === 0);
    const words = folded.slice(first, end);
    if (
      end - first >= 2 &&
      untagged &&
      introducers.has(folded[first - 1] ?? '') &&
      // "Commission on Presidential Debates" is one longer name, not two.
      caseClass(tokens[first - 2] ?? '') !== 2 &&
      !closedClass.has(folded[first] ?? '') &&
      words.every((word) => word.length >= 2 && /^\p{L}+$/u.test(word) && !calendarWords.has(word))
    ) {
      const hits = gazetteer.match(folded.slice(first, end));
      let mask = 0;
      for (let i = 0; i < end - first; i += 1) mask |= coveringCategories(hits, i);
      if ((mask & notOrganisation) === 0) added.push({ first, end, type: ORG });
    }
    first = end;
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.first - b.first);
};

const honorific = categoryMask(['honorific']);

/**
 * An abbreviated title ("Gen.", "Sen.", "Dr.") is no part of a name: news training text spells
 * titles out, so the tagger reads the capital and the stop as the end of "Corp." or "Inc.".
 */
const withoutTitleAbbreviations = (
  view: SentenceView,
  spans: TokenSpan[],
  gazetteer: Gazetteer,
): TokenSpan[] => {
  const { tokens, folded } = view;
  const isAbbreviatedTitle = (i: number): boolean =>
    /^\p{L}+\.$/u.test(tokens[i] ?? '') &&
    (coveringCategories(gazetteer.match([(folded[i] ?? '').slice(0, -1)]), 0) & honorific) !== 0;
  return spans.flatMap((span) => {
    // A leading title stays: "Dr. Luke" may be a stage name, and the entity pipeline trims
    // a person's title anyway (consistency.ts).
    let end = span.end;
    while (end > span.first && isAbbreviatedTitle(end - 1)) end -= 1;
    return end > span.first ? [{ ...span, end }] : [];
  });
};

/** Applies the rules to one sentence's labels, in place. */
export const applyNameRules = (
  view: SentenceView,
  labels: Uint8Array,
  gazetteer: Gazetteer,
): void => {
  // Titles and headlines capitalise every word, so capitals are no evidence there.
  if (view.tokens.length < 2 || sentenceStyle(view.tokens) !== 0) return;
  let spans = withoutTitleAbbreviations(view, labelsToSpans(labels), gazetteer);
  spans = placeThenOrgHead(view, spans, gazetteer);
  spans = orgHeadThenPlace(view, spans, gazetteer);
  spans = unknownRunsAsOrganisations(view, spans, gazetteer);
  labels.set(spansToLabels(labels.length, spans));
};
