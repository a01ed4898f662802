/** The entity types Gloss shows; `misc` holds nationalities, events, laws and works. */
export const entityTypes = [
  'person',
  'organization',
  'place',
  'date',
  'money',
  'percent',
  'quantity',
  'misc',
] as const;
export type EntityType = (typeof entityTypes)[number];

/** The types a name tagger finds; dates, amounts and quantities come from rules. */
export const nameTypes = ['person', 'organization', 'place', 'misc'] as const;
export type NameType = (typeof nameTypes)[number];

/** A span of a text a name tagger labels: UTF-16 offsets, end exclusive. */
export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
}

/** One mention in a text after merging: what `gloss entities --json` prints, one per line. */
export interface EntityMention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** The name of the entity the mention belongs to ("Donald Trump" for "Trump"). */
  canonical: string;
  /** A normalised value: an ISO date, "1470000000 USD", "8.3" for a percentage, "50000". */
  value?: string;
}
