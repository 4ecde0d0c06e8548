#!/usr/bin/env node
// Writes a SYNTHETIC enterprise table for demos, tests and benchmarks. Deterministic: the same
// arguments give the same bytes. The file says it is synthetic (#aimap kind=synthetic), so aimap
// watermarks the map.
//
//   node tools/generate-enterprises.mjs [--count 50000] [--seed 42] [--cities 300] [--out FILE]
//
// Around `--cities` prefecture-level cities of data/gazetteer.json (chosen by the seed), each
// city gets a Zipf-like share of the enterprises (heavy tail: a few cities hold most), placed with
// a Gaussian offset of about 15 km around its centre. Sectors: one (70 %) or two (30 %) drawn from
// fixed shares; weight: annual revenue in CNY, log-normal (median 20 m). Year 2022.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const count = Number(arg('--count', 50000));
const seed = Number(arg('--seed', 42));
const nCities = Number(arg('--cities', 300));
const out = arg('--out', path.join(here, '..', 'data', 'synthetic-enterprises.csv'));

// mulberry32: small, fast, deterministic.
let state = seed >>> 0;
function rand() {
  state = (state + 0x6D2B79F5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function gauss() {
  const u = Math.max(rand(), 1e-12), v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const gazetteer = JSON.parse(fs.readFileSync(path.join(here, '..', 'data', 'gazetteer.json'), 'utf8'))
  .features.filter((g) => g.name_en);
// Fisher-Yates with the seeded generator, then the first nCities.
for (let i = gazetteer.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [gazetteer[i], gazetteer[j]] = [gazetteer[j], gazetteer[i]];
}
const cities = gazetteer.slice(0, Math.min(nCities, gazetteer.length));
const cityWeights = cities.map((_, i) => 1 / Math.pow(i + 1, 1.1));
const cityTotal = cityWeights.reduce((a, b) => a + b, 0);
const cityCdf = [];
cityWeights.reduce((acc, w, i) => (cityCdf[i] = acc + w / cityTotal), 0);

const sectors = [
  ['ai_chips', 0.08], ['ai_servers', 0.06], ['smart_sensors', 0.10], ['big_data', 0.16],
  ['iot', 0.14], ['cloud', 0.12], ['edge_computing', 0.07], ['5g', 0.07], ['applications', 0.20],
];
function pick(table) {
  let r = rand();
  for (const [id, p] of table) { if ((r -= p) < 0) return id; }
  return table[table.length - 1][0];
}
function pickCity() {
  const r = rand();
  let lo = 0, hi = cityCdf.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cityCdf[mid] < r) lo = mid + 1; else hi = mid; }
  return cities[lo];
}

const lines = [
  `#aimap kind=synthetic title="Synthetic AI enterprises (${count}, seed ${seed}) - not real data"`,
  'name,lon,lat,sector,revenue (CNY),year,source',
];
const degPerKm = 1 / 111;
for (let i = 0; i < count; i++) {
  const c = pickCity();
  const lat = c.lat + gauss() * 15 * degPerKm;
  const lon = c.lon + gauss() * 15 * degPerKm / Math.cos(c.lat * Math.PI / 180);
  const s1 = pick(sectors);
  let sector = s1;
  if (rand() < 0.3) { const s2 = pick(sectors); if (s2 !== s1) sector = `${s1};${s2}`; }
  const revenue = Math.round(20e6 * Math.exp(1.5 * gauss()));
  lines.push(`Synthetic enterprise ${i + 1},${lon.toFixed(5)},${lat.toFixed(5)},${sector},${revenue},2022,tools/generate-enterprises.mjs seed ${seed}`);
}
fs.writeFileSync(out + '.tmp', lines.join('\n') + '\n');
fs.renameSync(out + '.tmp', out);
console.log(`wrote ${out}: ${count} synthetic enterprises around ${cities.length} cities`);
