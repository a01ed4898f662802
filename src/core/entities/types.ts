import type { EntityMention, EntityType, NameSpan } from '../../shared/entities';

/**
 * Finds the names in a text: people, organisations, places and misc (nationalities, events,
 * laws). The rest of the pipeline (values, merging, canonical names) works the same whichever
 * extractor is plugged in, so a trained tagger can replace the compromise-based one.
 */
export interface NameExtractor {
  readonly name: string;
  /**
   * True when the spans' edges are the extractor's own decision (a tagger trained on exact
   * spans: "Lord's", "Mladost (L)", "Salomon Bros."), so they are not trimmed of punctuation
   * or possessives downstream.
   */
  readonly exactSpans?: boolean;
  /** Spans in any order; overlapping or untidy ones are cleaned up downstream. */
  extract(text: string): NameSpan[];
}

/** One entity of a document: its mentions merged under one name, as the Entities panel lists it. */
export interface ExtractedEntity {
  canonical: string;
  type: EntityType;
  /** Sorted by position. */
  mentions: EntityMention[];
  /** Other spellings used in the text ("Trump", "U.S."), without the canonical name. */
  aliases: string[];
  /** The normalised value for dates, money, percentages and quantities. */
  value?: string;
}

export interface ExtractOptions {
  /** The document's date (ISO, "2025-04-07" or a full timestamp): "June 3" is read against it. */
  documentDate?: string;
  /** The name extractor; the compromise-based one when absent. */
  names?: NameExtractor;
  /** Called as the work advances with the fraction done, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

export interface ExtractResult {
  /** Every mention, sorted by start. */
  mentions: EntityMention[];
  /** The mentions grouped by entity, most mentioned first. */
  entities: ExtractedEntity[];
}
