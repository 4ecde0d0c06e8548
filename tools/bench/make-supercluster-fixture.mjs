#!/usr/bin/env node
// Writes tests/fixtures/cluster/supercluster-<version>-<n>.json: an independent reference for
// ClusterIndex's unit tests. Input points (lon, lat; the synthetic model of gen-points.mjs) and,
// per zoom, supercluster's items as fixed-point [x, y, point count], sorted — read from its
// internal arrays (trees[z].data, stride 6 without reduce), which hold the exact integers.
//
//   (cd some-folder && npm install supercluster) ;
//   node tools/bench/make-supercluster-fixture.mjs --supercluster-dir some-folder [--count 800]

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { makeRandom, makeCityModel } from '../synthetic.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const count = Number(arg('--count', 800));
const scDir = arg('--supercluster-dir', process.cwd());
const require = createRequire(path.join(path.resolve(scDir), 'package.json'));
const scPath = require.resolve('supercluster');
const { default: Supercluster } = await import(scPath);
const version = JSON.parse(fs.readFileSync(path.join(path.dirname(scPath), 'package.json'), 'utf8')).version;

// Few cities so that the points crowd and clusters form at every zoom.
const random = makeRandom(11);
const model = makeCityModel(random, 12);
const points = [];
for (let i = 0; i < count; i++) {
  const [lon, lat] = model.place(model.pickCity());
  points.push([Number(lon.toFixed(6)), Number(lat.toFixed(6))]);
}
// Exact duplicates (enterprises geocoded to one address) and the two ends of the map.
for (let i = 0; i < 40; i++) points.push(points[7]);
points.push([-180, 0], [180, 0]);

const options = { radius: 40, extent: 512, minZoom: 0, maxZoom: 16 };
const index = new Supercluster(options).load(points.map(([lon, lat]) => ({
  type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] },
})));
const zooms = [];
for (let z = options.minZoom; z <= options.maxZoom + 1; z++) {
  const tree = index.trees[z];
  const items = [];
  for (let i = 0; i < tree.numItems; i++) {
    const k = i * index.stride;
    items.push([tree.data[k], tree.data[k + 1], tree.data[k + 5]]);
  }
  items.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  zooms.push({ zoom: z, items });
}
const out = path.join(here, '..', '..', 'tests', 'fixtures', 'cluster', `supercluster-${version}-${points.length}.json`);
const json = `{"generator":"tools/bench/make-supercluster-fixture.mjs","supercluster":"${version}",` +
  `"options":${JSON.stringify(options)},\n"points":${JSON.stringify(points)},\n"zooms":[\n` +
  zooms.map((z) => JSON.stringify(z)).join(',\n') + ']}\n';
fs.writeFileSync(out + '.tmp', json);
fs.renameSync(out + '.tmp', out);
console.log(`wrote ${out} (${(json.length / 1024).toFixed(0)} KB)`);
