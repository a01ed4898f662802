/**
 * `npm run eval:anchoring`: how well highlights follow their words through real revisions
 * (../shared/data/revisions, or the folder given as the first argument). Through the product
 * path: a core on a temp data dir, the old text imported and highlighted through the contract,
 * `documents.replaceText` with the new one, `annotations.list`. Each highlight is judged against
 * a word diff of the two versions (judge.ts), beside a plain quote matcher (quoteMatcher.ts).
 * Options: a folder of NAME.old.txt / NAME.new.txt pairs; --verbose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from '../../src/shared/random';
import { canonicalText } from '../../src/shared/text';
import { repoRoot } from '../../e2e/support/server';
import { settle, withCore, withDataDir } from '../support/env';
import { judge, mapWords, wordsOf, type Verdict, type Word } from './judge';
import { matchQuote } from './quoteMatcher';
import { formatTable, tally, type Tally } from './tally';

const highlightsPerPair = 150;
/** --verbose: print every highlight put on the wrong text or not followed. */
const verbose = process.argv.includes('--verbose');
const minWords = 2;
const maxWords = 20;

interface Pair {
  name: string;
  oldText: string;
  newText: string;
}

const readPairs = (folder: string): Pair[] =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.old.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.old.txt'.length);
      return {
        name,
        oldText: readFileSync(join(folder, file), 'utf8'),
        newText: readFileSync(join(folder, `${name}.new.txt`), 'utf8'),
      };
    });

/** Seeded word-aligned highlights of 2 to 20 words inside one paragraph, as word indices. */
const seedHighlights = (text: string, words: readonly Word[], seed: number): [number, number][] => {
  const random = seededRandom(seed);
  const picked: [number, number][] = [];
  while (picked.length < highlightsPerPair) {
    const first = Math.floor(random() * words.length);
    const wanted = minWords + Math.floor(random() * (maxWords - minWords + 1));
    let last = first;
    while (last - first + 1 < wanted && last + 1 < words.length) {
      const gap = text.slice(words[last]?.end, words[last + 1]?.start);
      if (gap.includes('\n\n')) break;
      last += 1;
    }
    if (last - first + 1 >= minWords) picked.push([first, last]);
  }
  return picked;
};

const evaluatePair = (pair: Pair, seed: number) =>
  withDataDir((dataDir) =>
    withCore(dataDir, async ({ handlers }) => {
      const imported = await settle(
        handlers['documents.importText']({ text: pair.oldText, title: pair.name }),
      );
      const documentId = imported.id;
      const bodyOf = async () =>
        canonicalText((await settle(handlers['documents.get']({ id: documentId }))).blocks);
      const oldBody = await bodyOf();
      const oldWords = wordsOf(oldBody);
      const ranges = seedHighlights(oldBody, oldWords, seed);
      const ids: string[] = [];
      for (const [first, last] of ranges) {
        const start = oldWords[first]?.start ?? 0;
        const end = oldWords[last]?.end ?? 0;
        const created = await settle(
          handlers['highlights.create']({ documentId, start, end, color: 'yellow' }),
        );
        ids.push(created.id);
      }
      await settle(handlers['documents.replaceText']({ id: documentId, text: pair.newText }));
      const newBody = await bodyOf();
      const map = mapWords(oldBody, newBody);
      const listed = await settle(handlers['annotations.list']({ documentId }));
      const byId = new Map(listed.highlights.map((highlight) => [highlight.id, highlight]));
      const gloss: Verdict[] = [];
      const quoteMatcher: Verdict[] = [];
      ranges.forEach(([first, last], index) => {
        const highlight = byId.get(ids[index] ?? '');
        if (!highlight) throw new Error(`${pair.name}: a highlight went missing`);
        const landed = highlight.status === 'orphaned' ? null : highlight;
        const verdict = judge(map, first, last, landed);
        gloss.push(verdict);
        const missed = verdict.fate === 'mostKept' && !verdict.followed;
        if (verbose && (verdict.wrong || missed)) {
          const was = JSON.stringify(oldBody.slice(oldWords[first]?.start, oldWords[last]?.end));
          const now = landed ? JSON.stringify(newBody.slice(landed.start, landed.end)) : 'orphan';
          console.log(
            `${pair.name} ${verdict.fate}${verdict.wrong ? ' WRONG' : ''}: ${was} -> ${now}`,
          );
        }
        const start = oldWords[first]?.start ?? 0;
        const quote = oldBody.slice(start, oldWords[last]?.end);
        quoteMatcher.push(judge(map, first, last, matchQuote(newBody, quote, start)));
      });
      return { gloss: tally(gloss), quoteMatcher: tally(quoteMatcher) };
    }),
  );

const main = async (): Promise<void> => {
  const folder = resolve(
    process.argv.slice(2).find((arg) => !arg.startsWith('--')) ??
      join(repoRoot, '..', 'shared', 'data', 'revisions'),
  );
  const rows: { name: string; gloss: Tally; quoteMatcher: Tally }[] = [];
  for (const [index, pair] of readPairs(folder).entries()) {
    rows.push({ name: pair.name, ...(await evaluatePair(pair, index + 1)) });
  }
  console.log(formatTable(rows));
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
