/** Powers of ten that scale a number in news English: "$1.47 billion", "€2.5bn", "300k". */
export const scaleWords: Readonly<Record<string, number>> = {
  hundred: 2,
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  m: 6,
  mln: 6,
  billion: 9,
  bn: 9,
  b: 9,
  bln: 9,
  trillion: 12,
  tn: 12,
  trn: 12,
};

const units: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/** "1.47" shifted by 9 places: "1470000000", exactly, with no floating-point noise. */
export const shiftDecimal = (digits: string, places: number): string => {
  const [whole = '0', fraction = ''] = digits.split('.');
  const moved = fraction.slice(0, places).padEnd(places, '0');
  const rest = fraction.slice(places);
  const integer = `${whole}${moved}`.replace(/^0+(?=\d)/u, '');
  return rest ? `${integer}.${rest}` : integer;
};

const numeral = /(\d[\d,]*(?:\.\d+)?|\.\d+)/u;

/** The words "two", "twenty-five", "three hundred", "a dozen" as a number. */
const wordsToNumber = (words: readonly string[]): number | undefined => {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const unit = units[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (word === 'hundred') current = (current || 1) * 100;
    else if (
      word === 'thousand' ||
      word === 'million' ||
      word === 'billion' ||
      word === 'trillion'
    ) {
      total += (current || 1) * 10 ** (scaleWords[word] ?? 0);
      current = 0;
      seen = true;
    } else if (word !== 'and') return undefined;
  }
  return seen ? total + current : undefined;
};

/**
 * A written amount as a plain decimal string: "50,000" → "50000", "1.47 billion" →
 * "1470000000", "2.5bn" → "2500000000", "twenty-five" → "25". Undefined when there is none.
 */
export const parseAmount = (written: string): string | undefined => {
  const lower = written.toLowerCase().replace(/\u00a0/gu, ' ');
  const match = numeral.exec(lower);
  if (match?.[1]) {
    const after = lower.slice(match.index + match[1].length);
    const scale = /^\s*-?\s*([a-z]+)\b/u.exec(after)?.[1] ?? /^([a-z]+)/u.exec(after)?.[1];
    const places = scale ? (scaleWords[scale] ?? 0) : 0;
    return shiftDecimal(match[1].replace(/,/gu, ''), places);
  }
  const words = lower.split(/[\s-]+/u).filter(Boolean);
  const value = wordsToNumber(words);
  return value === undefined ? undefined : String(value);
};
