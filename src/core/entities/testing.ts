import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../shared/entities';
import { repoResourcesDir } from '../testing/tempDir';
import type { ExtractedEntity, ExtractResult } from './types';

/** Test helpers: the bundled article and lookups into an extraction result. */
export const bundledArticle = (): string =>
  readFileSync(join(repoResourcesDir, '000_dff1b5ee7486004a.txt'), 'utf8');

export const testText = (name: string): string =>
  readFileSync(join(__dirname, 'testdata', name), 'utf8');

export const entityNamed = (
  result: ExtractResult,
  type: EntityType,
  canonical: string,
): ExtractedEntity | undefined =>
  result.entities.find((entity) => entity.type === type && entity.canonical === canonical);

/** Offsets of every whole-word occurrence of `surface` in `text`. */
export const occurrences = (text: string, surface: string): number[] => {
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index);
};

/** Minutes a test may take to load compromise, wink and the gazetteers on a busy machine. */
export const loadTimeout = 120_000;
