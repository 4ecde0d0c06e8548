#!/usr/bin/env node
// Writes SYNTHETIC benchmark points: little-endian float64 triples (lon, lat, weight), the binary
// input of `aimap-bench cluster` and of supercluster-run.mjs. Deterministic for a seed.
//
//   node tools/bench/gen-points.mjs --count 1000000 [--seed 7] [--cities 300] --out FILE
//
// Points: around --cities Chinese city centres (tools/synthetic.mjs: Zipf-like city shares,
// Gaussian offsets of ~15 km); weights heavy-tailed: Pareto with alpha 1.2 (x_m = 1), so a few
// points carry much of the total.

import fs from 'node:fs';
import { makeRandom, makeCityModel } from '../synthetic.mjs';

const args = process.argv.slice(2);
const arg = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const count = Number(arg('--count', 100000));
const seed = Number(arg('--seed', 7));
const nCities = Number(arg('--cities', 300));
const out = arg('--out', null);
if (!out || !(count > 0)) {
  console.error('usage: gen-points.mjs --count N [--seed S] [--cities C] --out FILE');
  process.exit(2);
}

const random = makeRandom(seed);
const model = makeCityModel(random, nCities);
const data = new Float64Array(count * 3);
for (let i = 0; i < count; i++) {
  const [lon, lat] = model.place(model.pickCity());
  data[3 * i] = lon;
  data[3 * i + 1] = lat;
  data[3 * i + 2] = Math.pow(1 - random.rand(), -1 / 1.2); // Pareto(1, 1.2), in [1, inf)
}
// Float64Array uses the platform's byte order; every machine we run on is little-endian.
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('big-endian host');
fs.writeFileSync(out + '.tmp', Buffer.from(data.buffer));
fs.renameSync(out + '.tmp', out);
console.error(`wrote ${out}: ${count} synthetic points around ${model.cities.length} cities (seed ${seed})`);
