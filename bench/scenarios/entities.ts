import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities, shippedNameModel, useNameModel } from '../../src/core/entities';
import { extractEntitiesInWorker } from '../../src/core/entities/worker';
import { since, type Scenario } from '../scenario';
import { resourcesDir } from '../support/env';

const warmRuns = 30;
const bigRuns = 2;
const oneMegabyte = 1_000_000;

const people = [
  ['Maria', 'Okafor'],
  ['Daniel', 'Lindqvist'],
  ['Hiroshi', 'Tanabe'],
  ['Claire', 'Dubois'],
  ['Rahul', 'Mehta'],
  ['Ana', 'Ferreira'],
];
const titles = ['President', 'Finance Minister', 'Senator', 'Governor', 'Chief Executive'];
const organisations = [
  ['Northern Grid Authority', 'NGA'],
  ['Pacific Shipping Council', 'PSC'],
  ['Institute for Fiscal Research', 'IFR'],
];
const places = ['Berlin', 'Nairobi', 'Osaka', 'Chicago', 'Lisbon', 'Mumbai', 'Brazil', 'Canada'];
const months = ['January', 'March', 'June', 'September', 'November'];
const weekdays = ['Monday', 'Tuesday', 'Thursday', 'Friday'];

/** A deterministic pseudo-random sequence, so every run reads the very same text. */
const lcg = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);

/**
 * About `targetChars` of news-like text: people with titles and bare surnames, organisations
 * with acronyms, places, money, percentages, dates and counts, in paragraphs of a few sentences.
 */
export const generateNewsText = (targetChars: number): string => {
  const next = lcg(7);
  const pick = <T>(list: readonly T[]): T => list[next() % list.length] as T;
  const sentences: Array<() => string> = [
    () => {
      const [first, last] = pick(people);
      return `${pick(titles)} ${first} ${last} said on ${pick(weekdays)} that ${pick(places)} would cut spending by ${(next() % 90) / 10 + 1}%.`;
    },
    () => {
      const [name, acronym] = pick(organisations);
      return `The ${name} (${acronym}) reported revenue of $${(next() % 900) / 100 + 1} billion in ${pick(months)} ${2015 + (next() % 12)}, analysts in ${pick(places)} said.`;
    },
    () =>
      `About ${(1 + (next() % 90)) * 1000} workers gathered in ${pick(places)} on ${pick(months)} ${1 + (next() % 28)}, according to officials.`,
    () => {
      const [, last] = pick(people);
      const [, acronym] = pick(organisations);
      return `${last}’s plan, backed by the ${acronym}, would cost €${(next() % 500) + 20} million over five years.`;
    },
    () =>
      `Prices in ${pick(places)} rose ${(next() % 50) / 10}% last year, while exports to ${pick(places)} fell.`,
  ];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const paragraph = Array.from({ length: 3 + (next() % 3) }, () => pick(sentences)()).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
};

/** The longest gap between timer ticks on this thread while `work` runs: how frozen it was. */
const longestStall = async (work: () => Promise<unknown>): Promise<number> => {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
};

/**
 * Entity extraction: the bundled article warm (the panel's usual case), a 1 MB news-like text
 * in this thread (throughput; printed as characters per second), and the same text through the
 * worker, measuring how long this thread ever stalls meanwhile (the UI's responsiveness).
 */
export const entities: Scenario = {
  name: 'entities',
  description: 'extraction: bundled article warm, 1 MB news-like text inline and in a worker',
  measure: async () => {
    const samples = {
      'article-warm': [] as number[],
      'extract-1mb': [] as number[],
      'worker-1mb-main-thread-stall': [] as number[],
    };
    // As the app runs it: names from the trained tagger shipped in resources/ner.
    useNameModel(shippedNameModel(resourcesDir));
    const article = readFileSync(join(resourcesDir, '000_dff1b5ee7486004a.txt'), 'utf8');
    extractEntities(article);
    for (let run = 0; run < warmRuns; run += 1) {
      const start = performance.now();
      extractEntities(article);
      samples['article-warm'].push(since(start));
    }
    const big = generateNewsText(oneMegabyte);
    for (let run = 0; run < bigRuns; run += 1) {
      const start = performance.now();
      extractEntities(big);
      const elapsed = since(start);
      samples['extract-1mb'].push(elapsed);
      console.log(
        `  1 MB inline: ${Math.round(big.length / (elapsed / 1000)).toLocaleString('en')} chars/s`,
      );
    }
    const stall = await longestStall(() => extractEntitiesInWorker(big));
    samples['worker-1mb-main-thread-stall'].push(stall);
    return samples;
  },
};
