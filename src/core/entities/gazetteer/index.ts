import type { NameType } from '../../../shared/entities';
import gazetteerTable from '../tables/gazetteer.json';

export interface GazetteerEntry {
  type: NameType;
  /**
   * The name shown for every spelling ("United States" for "U.S.", "US" and "America"); absent
   * where the text's own spelling is best ("NATO", not a lower-cased list entry).
   */
  canonical?: string;
  kind: 'country' | 'region' | 'city' | 'place' | 'demonym' | 'organization';
  /**
   * Also an ordinary word or a first name ("Nice", "Mobile", "Victoria"): trusted only where
   * capitalisation means something, never at the start of a sentence or in a headline.
   */
  weak: boolean;
}

export interface Gazetteer {
  /** Looks a phrase up as written: codes such as "US" must be upper case, names any case. */
  lookup(phrase: string): GazetteerEntry | undefined;
  /** The most words any entry has, so a scan knows how far to look ahead. */
  maxWords: number;
}

/** Cities of at least this many people: the ones news mentions without saying where they are. */
export const minCityPopulation = 100_000;

/** Lower case with typographic apostrophes folded, so "Côte d’Ivoire" finds "côte d'ivoire". */
export const gazetteerKey = (phrase: string): string =>
  phrase.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');

/**
 * The gazetteer as stored in tables/gazetteer.json (written from its sources by
 * scripts/entity-tables.ts, see tables/gazetteerSource.ts): each name as [key, type, kind,
 * canonical or null, 1 if weak], each country code with its country's canonical name.
 */
export interface GazetteerTable {
  maxWords: number;
  names: [string, NameType, GazetteerEntry['kind'], string | null, 0 | 1][];
  codes: [string, string][];
}

/** The gazetteer from its table. */
export const gazetteerFromTable = (table: GazetteerTable): Gazetteer => {
  const names = new Map<string, GazetteerEntry>();
  for (const [key, type, kind, canonical, weak] of table.names) {
    names.set(
      key,
      canonical === null
        ? { type, kind, weak: weak === 1 }
        : { type, canonical, kind, weak: weak === 1 },
    );
  }
  const codes = new Map<string, GazetteerEntry>();
  for (const [code, canonical] of table.codes) {
    codes.set(code, { type: 'place', canonical, kind: 'country', weak: false });
  }
  return {
    lookup: (phrase) => codes.get(phrase) ?? names.get(gazetteerKey(phrase)),
    maxWords: table.maxWords,
  };
};

let gazetteer: Gazetteer | undefined;

/** Countries, demonyms, regions, large cities and known organisations; built once, on first use. */
export const getGazetteer = (): Gazetteer =>
  (gazetteer ??= gazetteerFromTable(gazetteerTable as GazetteerTable));
