import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityType } from '../../shared/entities';
import { repoResourcesDir } from '../testing';
import { extractEntities } from './index';
import { shippedNameModel, useNameModel } from './modelPath';
import { loadTimeout, occurrences, testText } from './testing';
import type { ExtractResult } from './types';

/*
 * issue 10: news reports as they come, written for this test: results lines with names in
 * parentheses, headlines and datelines in capitals, a standings table, and running text. Each
 * name must come out with its type at every place the test names.
 */
describe('entities of a sports results report, names from the shipped model', () => {
  let text = '';
  let result: ExtractResult;
  beforeAll(() => {
    useNameModel(shippedNameModel(repoResourcesDir));
    text = testText('results-report.txt');
    result = extractEntities(text);
  }, loadTimeout);
  afterAll(() => useNameModel(null));

  /** The type found for `surface` where it first occurs from `from` on, or "missed". */
  const typeAt = (surface: string, from = 0): EntityType | 'missed' => {
    const start = occurrences(text, surface).find((at) => at >= from) ?? -1;
    const mention = result.mentions.find(
      (m) => m.start === start && m.end === start + surface.length,
    );
    return mention?.type ?? 'missed';
  };
  const lineAt = (line: string): number => text.indexOf(line);

  it('finds both players and both countries of every results line', () => {
    const lines = text.split('\n').filter((line) => / beat /u.test(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const match = /^(?:\d+ - )?(.+) \((.+)\) beat (.+) \((.+)\) [\d-]/u.exec(line);
      const [, winner, winnerCountry, loser, loserCountry] = match ?? [];
      for (const person of [winner, loser]) {
        expect(typeAt(person ?? '', lineAt(line)), person).toBe('person');
      }
      for (const country of [winnerCountry, loserCountry]) {
        expect(typeAt(country ?? '', lineAt(line)), country).toBe('place');
      }
    }
  });

  it('reads places in capital datelines as places', () => {
    expect(typeAt('ROTTERDAM', lineAt('ROTTERDAM, Netherlands'))).toBe('place');
    expect(typeAt('LISBON')).toBe('place');
    expect(typeAt('LONDON')).toBe('place');
  });

  it('finds the clubs and counties of running text as organisations', () => {
    for (const club of ['Braga', 'Lyon', 'Derbyshire', 'Worcestershire', 'Essex', 'Kent']) {
      expect(typeAt(club), club).toBe('organization');
    }
    expect(typeAt('Yannick Delorme')).toBe('person');
    expect(typeAt('Ravi Chandran')).toBe('person');
  });

  it('finds the cities of a capitals fixtures table', () => {
    for (const city of ['DETROIT', 'TORONTO', 'SEATTLE', 'CHICAGO']) {
      expect(typeAt(city), city).not.toBe('missed');
    }
  });
});
