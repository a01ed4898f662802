import { parseAmount } from './numbers';

/*
 * Currency symbols and words of news English, to ISO 4217 codes. "$" alone is the US dollar, as
 * English news writes it; prefixed dollars ("A$", "HK$") and "<demonym> dollars" name others.
 */
const symbols: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  NT$: 'TWD',
  R$: 'BRL',
  MX$: 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₹': 'INR',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₴': 'UAH',
  '₦': 'NGN',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
};

const words: Readonly<Record<string, string>> = {
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  won: 'KRW',
  rupee: 'INR',
  ruble: 'RUB',
  rouble: 'RUB',
  franc: 'CHF',
  peso: 'MXN',
  real: 'BRL',
  reais: 'BRL',
  lira: 'TRY',
  shekel: 'ILS',
  rand: 'ZAR',
  riyal: 'SAR',
  dirham: 'AED',
  hryvnia: 'UAH',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  naira: 'NGN',
  dong: 'VND',
  zloty: 'PLN',
  krona: 'SEK',
  krone: 'NOK',
};

const demonymDollars: Readonly<Record<string, string>> = {
  australian: 'AUD',
  canadian: 'CAD',
  'hong kong': 'HKD',
  'new zealand': 'NZD',
  singapore: 'SGD',
  taiwan: 'TWD',
  taiwanese: 'TWD',
  us: 'USD',
  'u.s.': 'USD',
  american: 'USD',
};

/** A currency symbol as written before an amount ("$", "HK$", "€"), or undefined. */
export const currencyOfSymbol = (symbol: string): string | undefined => symbols[symbol];

/** A currency word ("dollars", "won", "euros"), with "Australian" or "Hong Kong" before it. */
export const currencyOfWord = (word: string, before = ''): string | undefined => {
  const singular = word.toLowerCase().replace(/(?<=[a-z]{3})s$/u, '');
  if (/^[A-Z]{3}$/u.test(word) && currencyCodes.has(word)) return word;
  const code = words[singular] ?? words[word.toLowerCase()];
  if (code === 'USD') return demonymDollars[before.toLowerCase()] ?? code;
  return code;
};

const currencyCodes = new Set([
  ...Object.values(symbols),
  ...Object.values(words),
  ...Object.values(demonymDollars),
]);

/** "<amount> <ISO currency>": "$1.47 billion" → "1470000000 USD". */
export const moneyValue = (
  amountText: string,
  currency: string | undefined,
): string | undefined => {
  const amount = parseAmount(amountText);
  return amount && currency ? `${amount} ${currency}` : undefined;
};
