import { seededRandom } from '../random';

/**
 * Deterministic English-like prose for anchoring tests and benchmarks (not used by the app).
 * Real articles repeat words and short phrases a lot, which is what makes anchoring hard, so the
 * words follow a skewed distribution over a small vocabulary.
 */

const vocabulary = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have ' +
  'an they which one you were her all she there would their we him been has when who will more ' +
  'no if out so said what up its about into than them can only other new some could time these ' +
  'two may then do first any my now such like our over man me even most made after also did ' +
  'many before must through back years where much your way well down should because each just ' +
  'those people how too little state good very make world still own see men work long get here ' +
  'between both life being under never day same another know while last might us great old year ' +
  'off come since against go came right used take three alliance treaty minister defence troops ' +
  'election budget pressure deterrence nuclear missile summit negotiation agreement regional ' +
  'security partnership economy tariff currency parliament coalition strategy diplomat embassy'
).split(' ');

const pickWord = (random: () => number): string => {
  // Squaring skews towards the front of the list, where the common words are.
  const index = Math.floor(random() * random() * vocabulary.length);
  return vocabulary[index] ?? 'the';
};

export const generateSentence = (random: () => number): string => {
  const length = 8 + Math.floor(random() * 18);
  const words = Array.from({ length }, () => pickWord(random));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
};

/** Paragraphs of 3 to 7 sentences joined by blank lines, until at least `minLength` units. */
export const generateText = (minLength: number, seed = 1): string => {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < minLength) {
    const count = 3 + Math.floor(random() * 5);
    const paragraph = Array.from({ length: count }, () => generateSentence(random)).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
};
