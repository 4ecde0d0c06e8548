// Sector figures, city ranks and indices, pilot-zone refinements, the national summary and the
// quotations of the 2020 Global AI Industrial Map, for data/ai-cities.json (used by
// tools/build-data.mjs; see data/README.md). Deterministic: same reference files, same output.
//
// [SECTION] mapping tables
// [SECTION] sector figures
// [SECTION] ranks and indices
// A province-level record as a province figure: its province by the Chinese name the source
// gives ("山东" is 山东 of the provinces layer; the municipalities are provinces there too).
function addProvinceFigure(r, group, ctx) {
  const province = ctx.provinceOf(r.city_zh, r.city_en);
  if (!province) return false;
  const key = r.metric;
  if (!ctx.metrics[key]) {
    ctx.metrics[key] = {
      label: LABELS[key] ?? key, unit: 'index score', scale: 'index',
      definition: `${group.name}${group.definition ? ': ' + group.definition : ''} Province-level: the four municipalities are scored as provinces. Unit as published: "${r.unit}".`,
    };
  }
  const f = { province, name_as_published: r.city_zh, metric: key, year: yearOf(r.period), period: String(r.period), value: r.value, as_published: r.published_as, sources: r.sources };
  if (r.notes) f.notes = r.notes;
  ctx.provinceFigures.push(f);
  r.sources.forEach((s) => ctx.useSource(s, ctx.rankSources[s]));
  return true;
}

// [SECTION] pilot-zone refinements
// [SECTION] national summary and quotations

import fs from 'node:fs';
import path from 'node:path';

// [SECTION] mapping tables

// Sector of the reference ("chips"...) -> aimap sector id and the scope shown beside its name.
// Records of the whole AI industry ("ai_total") and of its structure are not one sector: they
// become plain values (no sector).
const SECTOR_OF = {
  chips: { sector: 'ai_chips', scope: 'integrated circuits (all)' },
  servers_computing: { sector: 'ai_servers', scope: '' },
  sensors: { sector: 'smart_sensors', scope: 'smart sensors, core and related' },
  cloud_big_data: { sector: 'cloud', scope: 'software and information services (all, not AI-specific)' },
};

// Labels of the reference's metric keys (the reference gives keys, units and the text as
// published; a label says what the key means in words).
const LABELS = {
  ic_industry_scale_cny_100m: 'Integrated-circuit industry scale',
  ic_key_enterprises: 'Integrated-circuit key enterprises',
  ic_share_of_national_talent: 'Share of China\'s integrated-circuit talent',
  ai_industry_scale_cny_100m: 'AI industry scale',
  software_and_info_services_revenue_cny_100m: 'Software and information services revenue',
  ic_design_scale_cny_100m: 'IC design industry scale',
  ic_industry_revenue_cny_100m: 'Integrated-circuit industry revenue',
  ic_design_revenue_cny_100m: 'IC design revenue',
  ic_enterprises_total: 'Integrated-circuit enterprises',
  ic_enterprises_design: 'IC design enterprises (of the city\'s IC enterprises)',
  ic_enterprises_wafer_fab: 'Wafer-fab enterprises',
  ic_enterprises_packaging_test: 'IC packaging and test enterprises',
  ic_enterprises_equipment: 'IC equipment enterprises',
  ic_enterprises_materials: 'IC materials enterprises',
  ic_revenue_target_2025_cny_100m: 'Semiconductor and IC revenue (target)',
  ic_design_enterprises: 'IC design enterprises',
  inspur_ai_server_domestic_share_rank: 'Inspur AI servers: domestic market-share rank',
  ai_application_solution_firms_share: 'Share of AI enterprises providing application solutions',
  high_tech_zone_share_of_national_ai_compute: 'High-tech zone share of China\'s AI computing power',
  high_tech_zone_share_of_city_ai_firms: 'High-tech zone share of the city\'s AI enterprises',
  high_tech_zone_ai_related_industry_cny_100m: 'High-tech zone AI-related industry scale',
  smart_sensor_core_and_related_industry_cny_100m: 'Smart-sensor core and related industry scale',
  smart_sensor_related_and_application_firms: 'Smart-sensor related and application enterprises',
  ai_core_industry_target_2025_cny_100m: 'AI core industry scale (target)',
  ai_core_industry_revenue_target_2025_cny_100m: 'AI core industry revenue (target)',
  binhai_ai_core_industry_target_2021_cny_100m: 'Binhai New Area AI core industry scale (target)',
  idc_inspur_ai_city_rank: 'IDC & Inspur China AI city ranking',
  aminer_2023_global_top100_listed_position: 'AMiner 2023 global top-100 AI innovation cities: position in the printed list of Chinese cities',
  aminer_2023_global_rank: 'AMiner 2023 global AI innovation cities: global rank',
  sydney_ici_cn_2020_rank: 'Intelligent Cities Index China 2020 (University of Sydney): rank',
  sydney_ici_cn_2020_score: 'Intelligent Cities Index China 2020 (University of Sydney): score',
  cingai_regional_ai_competitiveness_index_province: 'CINGAI regional AI competitiveness index (provinces): score',
  cingai_regional_ai_competitiveness_index_city: 'CINGAI AI competitiveness index 2021 (cities excl. municipalities): score',
  cingai_regional_ai_competitiveness_rank_city: 'CINGAI AI competitiveness index 2021 (cities excl. municipalities): rank',
  cingai_ai_enterprises: 'AI enterprises in the CINGAI sample',
  kr36_city_ai_development_index_2020: '36Kr China city AI development index 2020: score',
  kr36_city_ai_development_index_2020_rank: '36Kr China city AI development index 2020: rank',
  qixinbao_ai_related_enterprises: 'Registered AI-related enterprises (Qixinbao)',
  miit_ai_companies_2019: 'AI companies (MIIT-attributed, 2019)',
  zgc_shuzhi_ai_city_index_2020_tier: 'Zhongguancun Shuzhi AI city index 2020: tier',
  qichacha_ai_innovation_city_rank_2023: 'Qichacha 2023 AI innovation cities: rank',
};

// The scale of a metric from its unit and key: ranks (and tiers, list positions) are ordinal,
// shares are parts of a whole, index scores are composite scores; the rest are amounts.
function scaleOf(key, unit) {
  const u = unit.toLowerCase();
  if (/^(rank|tier|position)/.test(u) || key.endsWith('_rank') || key.endsWith('_tier')) return 'rank';
  if (u.startsWith('share')) return 'share';
  if (u.startsWith('index score')) return 'index';
  return 'size';
}

// The year a period is about: its first four-digit year ("end-2022", "as of 2021-12-01").
function yearOf(period) {
  const m = String(period).match(/(19|20)\d\d/);
  if (!m) throw new Error(`no year in period '${period}'`);
  return Number(m[0]);
}

// A value as the dataset format takes it: a number, or a bound string (">1000"); "(approx.)" in
// the unit makes a "~" bound of a plain number, and is dropped from the unit.
function valueAndUnit(value, unit) {
  let u = unit.startsWith('亿元') ? '100 million CNY (亿元)' : unit;
  let v = value;
  if (/\(approx\.\)/.test(u)) {
    u = u.replace(/\s*\(approx\.\)/, '');
    if (typeof v === 'number') v = `~${v}`;
  }
  return { value: v, unit: u };
}

// A plain value's fields from a number or a bound string: {value, qualifier?}. (Sector figures
// keep the bound string as published; "values" take a number and a qualifier.)
function plainValue(value) {
  if (typeof value !== 'string') return { value };
  const m = value.match(/^([><~])\s*([0-9][0-9,]*(\.[0-9]+)?)$/);
  if (!m) throw new Error(`'${value}' is not a bound`);
  return { value: Number(m[2].replace(/,/g, '')), qualifier: m[1] };
}

// [SECTION] sector figures

// Adds the records of sector_figures_cited.json: sector figures, or plain values for records
// that are not one sector. Returns counts for data/README.md.
function addSectorFigures(ref, ctx) {
  const counts = { read: ref.records.length, sectorFigures: 0, values: 0, targets: 0, skipped: [] };
  for (const r of ref.records) {
    const city = ctx.cityOf(r.city_en, r.city_zh);
    if (!city) { counts.skipped.push(`${r.city_en} ${r.metric}: no gazetteer city`); continue; }
    const { value, unit } = valueAndUnit(r.value, r.unit);
    const year = yearOf(r.period);
    const duplicate = ctx.values.find((v) => v.city === city && v.year === year &&
      ctx.sameFigure(v, r.metric, value));
    if (duplicate) {
      counts.skipped.push(`${r.city_en} ${r.metric} ${r.period}: the same figure as ${duplicate.metric} ${duplicate.year} already present; its sources ${r.sources.filter((s) => !duplicate.sources.includes(s)).join(', ')} added to it`);
      for (const s of r.sources) if (!duplicate.sources.includes(s)) duplicate.sources.push(s);
      continue;
    }
    const map = SECTOR_OF[r.sector];
    const key = r.metric;
    if (!ctx.metrics[key]) {
      const scale = scaleOf(key, unit);
      // A share's unit is "share" (0-1); what it is a share of is in the label and definition.
      const shown = scale === 'share' ? 'share' : unit;
      const m = { label: LABELS[key] ?? key, unit: shown, definition: `As published (see each figure's text as published)${shown !== unit ? `; unit as published: "${unit}"` : ''}; key "${key}" of the sector-figures reference.` };
      if (scale !== 'size') m.scale = scale;
      if (map) {
        m.sector = map.sector;
        if (map.scope) m.sector_scope = map.scope;
      } else if (r.sector === 'structure' && key.startsWith('ai_application_solution')) {
        m.sector = 'applications';
        m.sector_scope = 'AI application-solution providers';
      }
      ctx.metrics[key] = m;
    } else if (ctx.metrics[key].unit !== unit && ctx.metrics[key].scale !== 'share') {
      throw new Error(`metric ${key}: unit '${unit}' differs from '${ctx.metrics[key].unit}'`);
    }
    const figure = { city, metric: key, year, period: String(r.period), value, as_published: r.published_as, sources: r.sources };
    if (r.kind === 'target') figure.kind = 'target';
    if (r.notes) figure.notes = r.notes;
    if (ctx.metrics[key].sector) {
      ctx.sectorFigures.push({ ...figure, sector: ctx.metrics[key].sector });
      counts.sectorFigures++;
    } else {
      ctx.values.push({ ...figure, ...plainValue(figure.value) });
      counts.values++;
    }
    if (r.kind === 'target') counts.targets++;
    r.sources.forEach((s) => ctx.useSource(s, ref.sources[s]));
  }
  return counts;
}

// [SECTION] ranks and indices

// Adds the records of city_ranks_and_indices_cited.json as plain values of rank, index and size
// metrics. Left out: province-level scores, qualitative records without a number, and counts
// marked DERIVED (not read in the source).
function addRanksAndIndices(ref, ctx) {
  const counts = { read: 0, values: 0, provinceFigures: 0, skipped: [] };
  for (const group of ref.metrics) {
    for (const r of group.records) {
      counts.read++;
      const what = `${r.city_en} ${r.metric} ${r.period}`;
      if (r.level && /province/i.test(r.level) || r.metric.endsWith('_province')) {
        // A province's score (issue 16): a figure of the province, never of a city.
        if (addProvinceFigure(r, group, ctx)) counts.provinceFigures++;
        else counts.skipped.push(`${what}: no province of that name`);
        continue;
      }
      if (r.value === null || r.value === undefined) { counts.skipped.push(`${what}: qualitative, no number published`); continue; }
      if (/^DERIVED/.test(r.notes ?? '')) { counts.skipped.push(`${what}: DERIVED (counted by the compiler, not read in the source)`); continue; }
      const city = ctx.cityOf(r.city_en, r.city_zh);
      if (!city) { counts.skipped.push(`${what}: no prefecture-level city in the gazetteer`); continue; }
      const key = r.metric;
      const { value, unit } = valueAndUnit(r.value, r.unit);
      if (!ctx.metrics[key]) {
        const scale = scaleOf(key, unit);
        // Ordinal units say only what they are ("rank", "tier", "position", "index score"); the
        // unit as published ("rank of 36") goes to the definition.
        const shown = scale === 'rank' ? unit.match(/^(rank|tier|position)/i)?.[1].toLowerCase() ?? 'rank'
          : scale === 'index' ? 'index score' : unit;
        const m = { label: LABELS[key] ?? key, unit: shown, definition: `${group.name}${group.definition ? ': ' + group.definition : ''}${shown !== unit ? ` Unit as published: "${unit}".` : ''}` };
        if (scale !== 'size') m.scale = scale;
        ctx.metrics[key] = m;
      }
      const v = { city, metric: key, year: yearOf(r.period), period: String(r.period), as_published: r.published_as, sources: r.sources };
      Object.assign(v, plainValue(value));
      if (r.notes) v.notes = r.notes;
      ctx.values.push(v);
      counts.values++;
      r.sources.forEach((s) => ctx.useSource(s, ref.sources[s]));
    }
  }
  return counts;
}

// [SECTION] pilot-zone refinements

// Refined dates and caveats of pilot_zones_check.json applied to the programmes; an inferred
// date says so in its precision.
function refinePilotZones(check, programmes, ctx) {
  const most = programmes.find((p) => p.id.startsWith('most_'));
  const miit = programmes.find((p) => p.id.startsWith('miit_'));
  const zone = (prog, name) => prog.zones.find((z) => z.zone === name || z.zone.startsWith(name + ' '));
  const addSources = (z, ids) => { for (const s of ids) if (!z.sources.includes(s)) { z.sources.push(s); ctx.useSource(s, check.sources_new[s]); } };
  const applied = [];
  for (const f of check.check.date_refinements) {
    if (f.zone === 'Harbin, Shenyang, Zhengzhou (MOST)') {
      for (const name of ['Harbin', 'Shenyang', 'Zhengzhou']) {
        const z = zone(most, name);
        z.precision = `${z.precision.replace(/;? ?YEAR INFERRED/, '')}; year inferred: bracketed between 2021-03-07 and 2022-07-08, whose only December is 2021`;
        addSources(z, f.sources);
        applied.push(name);
      }
    } else if (f.zone === 'Tianjin, Hangzhou, Hefei (MOST)') {
      for (const name of ['Tianjin', 'Hangzhou', 'Hefei']) {
        const z = zone(most, name);
        z.date = '2019-10';
        z.precision = 'month inferred (not printed): letters 182, 184, 185 numbered around Shenzhen\'s 183 of 2019-10-17, announced together with Shenzhen';
        addSources(z, f.sources);
        applied.push(name);
      }
    } else if (f.zone === 'Wuhan (MIIT)') {
      const z = zone(miit, 'Wuhan');
      z.date = '2022-09';
      z.precision = 'month inferred (day unknown): approved in the same batch as Nanjing, whose reply is dated 2022-09';
      addSources(z, f.sources);
      applied.push('Wuhan (MIIT)');
    } else if (f.zone === 'MIIT second batch') {
      for (const z of miit.zones.filter((z) => z.date === '2021-02-19')) addSources(z, f.sources);
      applied.push('MIIT second batch');
    } else if (f.zone === 'MOST 2019 batch') {
      for (const z of most.zones.filter((z) => z.date.startsWith('2019'))) addSources(z, ['Z01']);
      applied.push('MOST 2019 batch');
    } else {
      throw new Error(`pilot-zone refinement '${f.zone}' not handled`);
    }
  }
  // Caveats of the check, on the zones they concern.
  const caveat = (z, text) => { if (z && !(z.note ?? '').includes(text)) z.note = z.note ? `${z.note} ${text}` : text; };
  caveat(zone(most, 'Deqing'), 'Deqing is a county (德清县) of Huzhou, not a prefecture-level city: it is shown at Huzhou.');
  caveat(miit.zones.find((z) => z.zone.startsWith('Jinan')), 'One MIIT zone covering two cities.');
  caveat(zone(miit, 'Tianjin'), 'The zone is the Binhai New Area (a district), not the whole city.');
  caveat(zone(miit, 'Shanghai'), 'The zone is the Pudong New Area (a district), not the whole city.');
  return applied;
}

// [SECTION] national summary and quotations

// The headline figures of the 2020 Global AI Industrial Map and the two reports' sentences that
// name cities, with their exact words (read in S01 and S02; see data/README.md).
function nationalAndQuotations(ctx) {
  for (const s of ['S01', 'S02']) ctx.useSource(s);
  const national = {
    title: '2020 Global AI Industrial Map (CAICT): headline figures',
    note: 'Released 2021-04-19 at the first summit of the Jinan National AI Innovation and Application Pilot Zone.',
    figures: [
      { label: 'Global AI industry', scope: 'global', year: 2020, value: 156.6, unit: 'bn USD', yoy_growth_pct: 12.3,
        as_published: 'valued at $156.6 billion and had a year-on-year growth of 12.3 percent in 2020 (S01); 1565亿美元,同比增长12.3% (S02)', sources: ['S01', 'S02'] },
      { label: 'China AI industry', scope: 'China', year: 2020, value: 43.4, unit: 'bn USD', yoy_growth_pct: 13.75,
        as_published: 'valued at $43.4 billion, up 13.75 percent year-on-year (S01); 434亿美元,同比增长13.75% (S02)', sources: ['S01', 'S02'] },
    ],
  };
  const quotations = [
    { text: 'Jinan, capital of East China\'s Shandong province, has developed a large-scale AI industrial cluster along with Shanghai, Shenzhen, Qingdao, and Chengdu, according to an "AI industrial map" released on April 19.',
      language: 'en', cities: ['jinan', 'shanghai', 'shenzhen', 'qingdao', 'chengdu'], sources: ['S01'],
      note: 'Not a closed list: the sentence names the cities beside Jinan.' },
    { text: '北京AI企业数量占据全国30%以上,上海、深圳、济南、青岛、成都等城市也成为区域内人工智能企业最集聚、创新最活跃的城市。',
      language: 'zh', cities: ['beijing', 'shanghai', 'shenzhen', 'jinan', 'qingdao', 'chengdu'], sources: ['S02'],
      note: 'The list ends with 等 ("and others"): not a closed list.' },
  ];
  for (const q of quotations) for (const c of q.cities) ctx.cityOf(c);
  return { national, quotations };
}

export function addCitedFigures(referenceDir, ctx, programmes) {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(referenceDir, f), 'utf8'));
  const sectors = addSectorFigures(read('sector_figures_cited.json'), ctx);
  const rankRef = read('city_ranks_and_indices_cited.json');
  ctx.rankSources = rankRef.sources;
  const ranks = addRanksAndIndices(rankRef, ctx);
  const zones = refinePilotZones(read('pilot_zones_check.json'), programmes, ctx);
  const { national, quotations } = nationalAndQuotations(ctx);
  return { sectors, ranks, zones, national, quotations };
}
