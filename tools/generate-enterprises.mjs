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
import { makeRandom, makeCityModel } from './synthetic.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const count = Number(arg('--count', 50000));
const seed = Number(arg('--seed', 42));
const nCities = Number(arg('--cities', 300));
const out = arg('--out', path.join(here, '..', 'data', 'synthetic-enterprises.csv'));

const random = makeRandom(seed);
const { rand, gauss } = random;
const { cities, pickCity, place } = makeCityModel(random, nCities);

const sectors = [
  ['ai_chips', 0.08], ['ai_servers', 0.06], ['smart_sensors', 0.10], ['big_data', 0.16],
  ['iot', 0.14], ['cloud', 0.12], ['edge_computing', 0.07], ['5g', 0.07], ['applications', 0.20],
];
function pick(table) {
  let r = rand();
  for (const [id, p] of table) { if ((r -= p) < 0) return id; }
  return table[table.length - 1][0];
}

const lines = [
  `#aimap kind=synthetic title="Synthetic AI enterprises (${count}, seed ${seed}) - not real data"`,
  'name,lon,lat,sector,revenue (CNY),year,source',
];
for (let i = 0; i < count; i++) {
  const [lon, lat] = place(pickCity());
  const s1 = pick(sectors);
  let sector = s1;
  if (rand() < 0.3) { const s2 = pick(sectors); if (s2 !== s1) sector = `${s1};${s2}`; }
  const revenue = Math.round(20e6 * Math.exp(1.5 * gauss()));
  lines.push(`Synthetic enterprise ${i + 1},${lon.toFixed(5)},${lat.toFixed(5)},${sector},${revenue},2022,tools/generate-enterprises.mjs seed ${seed}`);
}
fs.writeFileSync(out + '.tmp', lines.join('\n') + '\n');
fs.renameSync(out + '.tmp', out);
console.log(`wrote ${out}: ${count} synthetic enterprises around ${cities.length} cities`);
