#!/usr/bin/env node
// Writes SYNTHETIC input files that stress the loaders' scaling (issue 13, "linear loads"): the
// reporter's cases, within the documented limits (src/core/data/Limits.hpp). Deterministic.
//
//   node tools/bench/gen-load-cases.mjs --out DIR [--only NAME[,NAME...]]
//
// NAME              what it is
// cities-100k       dataset JSON: 100 000 cities, 100 000 values (~19 MB)
// unknown-cities    dataset JSON: 10 000 cities, 200 000 values whose city ids are unknown
// long-ids          dataset JSON: 200 values with long mistyped city ids (~1.2 MB)
// header-50k        city CSV whose header has 50 000 metric columns
// header-1m         city CSV whose header has 1 000 000 metric columns
// values-2m         dataset JSON: 100 000 cities, 2 000 000 values, notes (~228 MB)
// invalid-city      dataset JSON: a city with bad coordinates and its 812 values
// enterprises-2m    enterprise JSON: 2 000 000 enterprises, each with an undefined source
// enterprises-csv   enterprise CSV: 2 000 000 rows, ~110 bytes each
// Then e.g.: /usr/bin/time -v build-rel/aimap validate DIR/cities-100k.json

import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const arg = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const outDir = arg('--out', null);
const only = arg('--only', null)?.split(',');
if (!outDir) {
  console.error('usage: gen-load-cases.mjs --out DIR [--only NAME[,NAME...]]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

// Writes a file from chunks without holding it whole in memory.
function writeChunks(name, chunks) {
  const fd = fs.openSync(path.join(outDir, name), 'w');
  let buf = [];
  let size = 0;
  for (const c of chunks) {
    buf.push(c);
    size += c.length;
    if (size > 1 << 22) {
      fs.writeSync(fd, buf.join(''));
      buf = [];
      size = 0;
    }
  }
  fs.writeSync(fd, buf.join(''));
  fs.closeSync(fd);
  console.log(path.join(outDir, name));
}

const header = (title) =>
  `{"aimap": 1, "title": "${title}", "kind": "synthetic",\n` +
  ` "sources": {"S1": {"title": "Synthetic"}},\n` +
  ` "metrics": {"m": {"label": "Metric", "unit": "count"}},\n`;

// A city inside China, spread over a grid of positions.
function city(id, i, lon) {
  const x = lon ?? (100 + (i % 300) * 0.1).toFixed(4);
  const y = (25 + Math.floor(i / 300) % 300 * 0.05).toFixed(4);
  return `  {"id": "${id}", "name_en": "City ${i}", "lon": ${x}, "lat": ${y}}`;
}

function* dataset(title, cities, values) {
  yield header(title);
  yield ' "cities": [\n';
  let first = true;
  for (const c of cities) {
    yield (first ? '' : ',\n') + c;
    first = false;
  }
  yield '\n ],\n "values": [\n';
  first = true;
  for (const v of values) {
    yield (first ? '' : ',\n') + v;
    first = false;
  }
  yield '\n ]\n}\n';
}

function* range(n, f) {
  for (let i = 0; i < n; i++) yield f(i);
}

const value = (cityId, year, extra = '') =>
  `  {"city": "${cityId}", "metric": "m", "year": ${year}, "value": 1${extra}, "sources": ["S1"]}`;

const cases = {
  'cities-100k': () =>
    writeChunks('cities-100k.json', dataset('100k cities', range(100000, (i) => city(`c${i}`, i)),
                                            range(100000, (i) => value(`c${i}`, 2020)))),
  'unknown-cities': () =>
    writeChunks('unknown-cities.json',
                dataset('unknown city ids', range(10000, (i) => city(`city_${i}`, i)),
                        range(200000, (i) => value(`cty_${i % 20000}`, 2000 + (i % 100))))),
  'long-ids': () => {
    // 100 cities with ids of 2 000 characters; 200 values naming them with one letter changed.
    const long = (i) => `c${i}-` + 'abcdefghij'.repeat(200);
    const typo = (i) => long(i).slice(0, 1000) + 'X' + long(i).slice(1001) + 'y'.repeat(2000);
    writeChunks('long-ids.json', dataset('long ids', range(100, (i) => city(long(i), i)),
                                         range(200, (i) => value(typo(i % 100), 2000 + (i % 100)))));
  },
  'header-50k': () => writeChunks('header-50k.csv', csvHeader(50000)),
  'header-1m': () => writeChunks('header-1m.csv', csvHeader(1000000)),
  'values-2m': () => {
    // 2M values of 100k cities, 20 years each; ~28 bytes of notes per value.
    const notes = ', "notes": "' + 'n'.repeat(15) + '"';
    writeChunks('values-2m.json',
                dataset('2M values', range(100000, (i) => city(`c${i}`, i)),
                        range(2000000, (i) => value(`c${i % 100000}`, 2000 + Math.floor(i / 100000), notes))));
  },
  'invalid-city': () => {
    // City 3 has its latitude out of range; its 812 values each name it.
    const cities = [0, 1, 2, 3, 4].map((i) =>
      i === 3 ? '  {"id": "bad", "name_en": "Bad", "lon": 116, "lat": 366}' : city(`c${i}`, i));
    const values = [];
    for (let y = 0; y < 812; y++) values.push(value('bad', 1950 + (y % 150), `, "period": "p${y}"`));
    for (let i = 0; i < 5; i++) if (i !== 3) values.push(value(`c${i}`, 2020));
    writeChunks('invalid-city.json', dataset('an invalid city', cities, values));
  },
  'enterprises-2m': () => {
    function* list() {
      yield '{"aimap_enterprises": 1, "title": "2M enterprises", "kind": "synthetic",\n' +
        ' "sources": {"R1": {"title": "Registry"}},\n "enterprises": [\n';
      for (let i = 0; i < 2000000; i++)
        yield (i ? ',\n' : '') +
          `  {"name": "Enterprise ${i}", "city": "Jinan", "sectors": ["iot"], "year": 2020, "source": "R${i % 50000 + 2}"}`;
      yield '\n ]\n}\n';
    }
    writeChunks('enterprises-2m.json', list());
  },
  'enterprises-csv': () => {
    function* rows() {
      yield 'name,city,sector,revenue (CNY),year,source\n';
      for (let i = 0; i < 2000000; i++)
        yield `Enterprise number ${i} with a longer name,Jinan,iot;cloud,${1000 + i},2020,Registry extract ${i % 1000}\n`;
    }
    writeChunks('enterprises.csv', rows());
  },
};

function* csvHeader(columns) {
  yield 'city,year';
  for (let c = 0; c < columns; c++) yield `,m${c} (count)`;
  yield '\nJinan,2020';
  for (let c = 0; c < columns; c++) yield `,${c}`;
  yield '\n';
}

for (const [name, make] of Object.entries(cases))
  if (!only || only.includes(name)) make();
