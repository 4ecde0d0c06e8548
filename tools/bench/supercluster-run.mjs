#!/usr/bin/env node
// Runs supercluster (the peer) on a points file and prints one JSON object with the same fields
// as `aimap-bench cluster`. Needs supercluster importable: compare-supercluster sets NODE_PATH-like
// resolution by running this file from a folder where `npm install supercluster` was done.
//
//   node --expose-gc supercluster-run.mjs --points FILE [--radius 40] [--extent 512]
//        [--min-zoom 0] [--max-zoom 16] [--repeat 5] [--dump-counts]
//
// FILE: little-endian float64 triples (lon, lat, weight) or CSV lines lon,lat,weight.
// The fair peer: weights summed per cluster with map/reduce (supercluster's centroid is always
// count-weighted). Memory: heap + array buffers retained by the index after a full GC.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = process.argv.slice(2);
const arg = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const file = arg('--points', null);
const radius = Number(arg('--radius', 40));
const extent = Number(arg('--extent', 512));
const minZoom = Number(arg('--min-zoom', 0));
const maxZoom = Number(arg('--max-zoom', 16));
const repeat = Number(arg('--repeat', 5));
const scDir = arg('--supercluster-dir', process.cwd());

const require = createRequire(path.join(path.resolve(scDir), 'package.json'));
const scPath = require.resolve('supercluster');
const { default: Supercluster } = await import(scPath);
const scVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(scPath), 'package.json'), 'utf8')).version;

function readPoints(f) {
  const bytes = fs.readFileSync(f);
  const text = bytes.subarray(0, 64).toString('latin1');
  if (/^[\s\d.,+\-eE#a-z]*$/i.test(text) && bytes.length % 24 !== 0 || /^(lon|#)/i.test(text)) {
    const lines = bytes.toString('utf8').split(/\r?\n/);
    const pts = [];
    for (const line of lines) {
      const cells = line.split(',');
      if (cells.length < 2) continue;
      const lon = Number(cells[0]), lat = Number(cells[1]);
      const w = cells.length > 2 ? Number(cells[2]) : 1;
      if (Number.isFinite(lon) && Number.isFinite(lat)) pts.push(lon, lat, Number.isFinite(w) ? w : 1);
    }
    return Float64Array.from(pts);
  }
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
}

const raw = readPoints(file);
const n = raw.length / 3;
const features = new Array(n);
for (let i = 0; i < n; i++) {
  features[i] = {
    type: 'Feature', properties: { w: raw[3 * i + 2] },
    geometry: { type: 'Point', coordinates: [raw[3 * i], raw[3 * i + 1]] },
  };
}
const options = {
  radius, extent, minZoom, maxZoom,
  map: (p) => ({ sum: p.w }),
  reduce: (a, b) => { a.sum += b.sum; },
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const gc = globalThis.gc || (() => {});
const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };

const buildMs = [];
let index = null;
let memory = 0;
for (let r = 0; r < repeat; r++) {
  index = null;
  gc(); gc();
  const before = used();
  const t0 = performance.now();
  index = new Supercluster(options).load(features);
  buildMs.push(performance.now() - t0);
  gc(); gc();
  memory = Math.max(memory, used() - before);
}

// Clusters per zoom and the total weight at each zoom (should equal the input total).
const world = [-180, -85, 180, 85];
const perZoom = [];
for (let z = minZoom; z <= maxZoom + 1; z++) {
  const items = index.getClusters(world, z);
  let weight = 0;
  for (const f of items) weight += f.properties.cluster ? f.properties.sum : f.properties.w;
  perZoom.push({ zoom: z, items: items.length, weight });
}

// Queries: a whole-China box at zooms 3-8, and 1920x1080 viewports (256 px tiles) at zoom 10 on
// the ten densest input places (the same centres aimap-bench uses: see viewportCentres below).
const china = [73, 18, 135, 54];
const timeQuery = (bbox, z) => {
  const times = [];
  let count = 0;
  for (let r = 0; r < 21; r++) {
    const t0 = performance.now();
    count = index.getClusters(bbox, z).length;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), items: count };
};
const chinaQueries = [];
for (let z = 3; z <= 8; z++) chinaQueries.push({ zoom: z, ...timeQuery(china, z) });

const lngX = (lng) => lng / 360 + 0.5;
const latY = (lat) => { const s = Math.sin(lat * Math.PI / 180); return 0.5 - 0.25 * Math.log((1 + s) / (1 - s)) / Math.PI; };
const xLng = (x) => (x - 0.5) * 360;
const yLat = (y) => 360 * Math.atan(Math.exp((180 - y * 360) * Math.PI / 180)) / Math.PI - 90;
const vpZoom = 10;
const viewport = (lon, lat) => {
  const halfW = 1920 / 2 / (256 * 2 ** vpZoom), halfH = 1080 / 2 / (256 * 2 ** vpZoom);
  const x = lngX(lon), y = latY(lat);
  return [xLng(x - halfW), yLat(y + halfH), xLng(x + halfW), yLat(y - halfH)];
};
const centres = JSON.parse(arg('--viewports', '[[121.47,31.23],[116.40,39.90],[114.06,22.54],[113.26,23.13],[120.16,30.27]]'));
const vpTimes = centres.map(([lon, lat]) => timeQuery(viewport(lon, lat), vpZoom));

console.log(JSON.stringify({
  tool: `supercluster ${scVersion} (node ${process.version})`,
  points: n,
  options: { radius, extent, minZoom, maxZoom, projection: 'mercator', countWeighted: true },
  build_ms: { median: median(buildMs), runs: buildMs },
  memory_bytes: memory,
  zooms: perZoom,
  china_queries: chinaQueries,
  viewport_queries: { zoom: vpZoom, size: '1920x1080', median_ms: median(vpTimes.map((q) => q.ms)), each: vpTimes },
}));
