// The synthetic model shared by the generators: a seeded random stream (mulberry32), a Gaussian,
// and ~N prefecture-level cities of data/gazetteer.json (chosen by the seed) with Zipf-like shares
// (a few cities hold most points), each point placed with a Gaussian offset of about 15 km around
// its city's centre. Deterministic: the same seed gives the same stream.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function makeRandom(seed) {
  let state = seed >>> 0;
  const rand = () => {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gauss = () => {
    const u = Math.max(rand(), 1e-12), v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { rand, gauss };
}

/// Returns { cities, pickCity(), place(city) -> [lon, lat] } drawing from `random`.
export function makeCityModel(random, nCities) {
  const gazetteer = JSON.parse(fs.readFileSync(path.join(here, '..', 'data', 'gazetteer.json'), 'utf8'))
    .features.filter((g) => g.name_en);
  // Fisher-Yates with the seeded generator, then the first nCities.
  for (let i = gazetteer.length - 1; i > 0; i--) {
    const j = Math.floor(random.rand() * (i + 1));
    [gazetteer[i], gazetteer[j]] = [gazetteer[j], gazetteer[i]];
  }
  const cities = gazetteer.slice(0, Math.min(nCities, gazetteer.length));
  const cityWeights = cities.map((_, i) => 1 / Math.pow(i + 1, 1.1));
  const cityTotal = cityWeights.reduce((a, b) => a + b, 0);
  const cityCdf = [];
  cityWeights.reduce((acc, w, i) => (cityCdf[i] = acc + w / cityTotal), 0);
  const pickCity = () => {
    const r = random.rand();
    let lo = 0, hi = cityCdf.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cityCdf[mid] < r) lo = mid + 1; else hi = mid; }
    return cities[lo];
  };
  const degPerKm = 1 / 111;
  const place = (c) => {
    const lat = c.lat + random.gauss() * 15 * degPerKm;
    const lon = c.lon + random.gauss() * 15 * degPerKm / Math.cos(c.lat * Math.PI / 180);
    return [lon, lat];
  };
  return { cities, pickCity, place };
}
