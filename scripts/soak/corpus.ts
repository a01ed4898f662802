import { seededRandom } from '../../src/shared/random';
import { buildPaper } from '../../src/core/import/pdf/testing';

/*
 * What the soak writes: a few families of texts, each in several versions (each version a
 * reworded, partly moved copy of the one before, as a revised article is), and files of every
 * format the importer reads. Made from a fixed seed, so every run imports the same bytes.
 */

const people = [
  'Ada Lovelace',
  'Charles Babbage',
  'Mary Somerville',
  'Alan Turing',
  'Grace Hopper',
];
const places = ['London', 'Paris', 'Geneva', 'Boston', 'Edinburgh'];
const bodies = ['the Royal Society', 'the Analytical Society', 'Harvard University'];
const verbs = ['wrote to', 'met', 'argued with', 'visited', 'corresponded with'];
const topics = [
  'the engine that weaves algebraic patterns',
  'a table of Bernoulli numbers',
  'the mechanism of memory and the mill',
  'errors in printed logarithm tables',
  'a notation for loops and branches',
  'the limits of what a machine may originate',
];

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const sentence = (random: () => number): string =>
  `${pick(random, people)} ${pick(random, verbs)} ${pick(random, people)} in ${pick(random, places)} ` +
  `about ${pick(random, topics)}, as ${pick(random, bodies)} noted in ${1830 + Math.floor(random() * 30)}.`;

const paragraph = (random: () => number): string =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random)).join(' ');

/** The next version: one paragraph in four reworded, one moved, one added at the end. */
const revise = (paragraphs: readonly string[], random: () => number): string[] => {
  const next = paragraphs.map((text) => (random() < 0.25 ? paragraph(random) : text));
  const from = Math.floor(random() * next.length);
  const [moved] = next.splice(from, 1);
  next.splice(Math.floor(random() * next.length), 0, moved as string);
  next.push(paragraph(random));
  return next;
};

export interface TextFamily {
  title: string;
  /** Version 0 first; each version is a list of paragraphs. */
  versions: string[][];
}

export const familyCount = 3;
export const versionCount = 4;

export const textFamilies = (seed: number): TextFamily[] =>
  Array.from({ length: familyCount }, (_, family) => {
    const random = seededRandom(seed * 31 + family);
    const versions = [Array.from({ length: 5 + family * 2 }, () => paragraph(random))];
    while (versions.length < versionCount)
      versions.push(revise(versions.at(-1) as string[], random));
    return { title: `Soak family ${family + 1}`, versions };
  });

export const asPlainText = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');

export const asMarkdown = (title: string, paragraphs: readonly string[]): string =>
  `# ${title}\n\n${paragraphs.map((text, index) => (index % 3 === 2 ? `- ${text}` : text)).join('\n\n')}\n`;

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export const asHtml = (title: string, paragraphs: readonly string[]): string =>
  `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><article>` +
  `<h1>${escapeHtml(title)}</h1>${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}` +
  '</article></body></html>';

/** A file the soak imports, as documents.importFile takes it. */
export interface SoakFile {
  key: string;
  name: string;
  data: string;
}

/** The file as the contract takes it (without the soak's key). */
export const fileInput = ({ name, data }: SoakFile) => ({ name, data });

const file = (key: string, name: string, bytes: Uint8Array | string): SoakFile => ({
  key,
  name,
  data: Buffer.from(bytes).toString('base64'),
});

/** One file of each format the importer reads, from version 0 of each family. */
export const importFiles = async (families: readonly TextFamily[]): Promise<SoakFile[]> => {
  const files = families.flatMap(({ title, versions }, family) => {
    const first = versions[0] as string[];
    return [
      file(`md:${family}:0`, `soak-${family + 1}.md`, asMarkdown(title, first)),
      file(`html:${family}:0`, `soak-${family + 1}.html`, asHtml(title, first)),
      file(`txt:${family}:0`, `soak-${family + 1}.txt`, asPlainText(first)),
    ];
  });
  files.push(file('pdf:paper', 'soak-paper.pdf', await buildPaper(2)));
  return files;
};

/** The Markdown file of a family's version, as documents.updateFromFile takes it. */
export const versionFile = (families: readonly TextFamily[], family: number, version: number) => {
  const { title, versions } = families[family] as TextFamily;
  return file(
    `md:${family}:${version}`,
    `soak-${family + 1}.md`,
    asMarkdown(title, versions[version] as string[]),
  );
};
