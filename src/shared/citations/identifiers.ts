/*
 * DOI, ISBN and URL checks shared by the Details form (live messages) and the contract (the
 * same messages at the boundary). Each check answers null for a valid value, else a sentence
 * that says what is wrong with it.
 */

const doiPrefixes = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/iu;

/** A DOI as stored: without a resolver prefix (`https://doi.org/`, `doi:`), trimmed. */
export const normalizeDoi = (value: string): string => value.trim().replace(doiPrefixes, '');

/** Directory indicator 10, a registrant code of digits (dotted sub-codes allowed), a suffix. */
const doiPattern = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/u;

export const doiProblem = (value: string): string | null =>
  doiPattern.test(normalizeDoi(value))
    ? null
    : `“${value.trim()}” is not a DOI: a DOI looks like 10.1234/abc.5 (10., a registrant number, a slash, then the item’s own part).`;

/** An ISBN as stored: digits (and a final X) without hyphens or spaces. */
export const normalizeIsbn = (value: string): string =>
  value
    .replace(/^\s*ISBN(?:-1[03])?:?\s*/iu, '')
    .replace(/[\s-]/gu, '')
    .toUpperCase();

const isbn10CheckDigit = (first9: string): string => {
  const sum = [...first9].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
};

const isbn13CheckDigit = (first12: string): string => {
  const sum = [...first12].reduce(
    (total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3),
    0,
  );
  return String((10 - (sum % 10)) % 10);
};

export const isbnProblem = (value: string): string | null => {
  const isbn = normalizeIsbn(value);
  const shown = value.trim();
  if (/^\d{9}[\dX]$/u.test(isbn)) {
    const expected = isbn10CheckDigit(isbn.slice(0, 9));
    return isbn[9] === expected
      ? null
      : `“${shown}” is not an ISBN: its check digit is ${isbn[9]}, it should be ${expected}.`;
  }
  if (/^97[89]\d{10}$/u.test(isbn)) {
    const expected = isbn13CheckDigit(isbn.slice(0, 12));
    return isbn[12] === expected
      ? null
      : `“${shown}” is not an ISBN: its check digit is ${isbn[12]}, it should be ${expected}.`;
  }
  return `“${shown}” is not an ISBN: an ISBN has 10 digits (the last may be X) or 13 digits starting 978 or 979.`;
};

export const urlProblem = (value: string): string | null => {
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed);
    if (['http:', 'https:', 'ftp:'].includes(url.protocol) && url.hostname) return null;
  } catch {
    // Falls through to the message.
  }
  return `“${trimmed}” is not a web address: it should start with https:// or http://.`;
};
