// The metrics' Chinese names (`label_zh` in docs/data-format.md), shown when the interface is in
// Chinese. aimap's translations of the English labels, which are the reference compiler's names:
// the words each figure was published under stay in its `label_as_published` and `as_published`.
// Every metric must have one: the pipeline stops on a metric missing here, so a new metric in the
// reference cannot reach the Chinese interface in English by accident.

export const METRIC_LABELS_ZH = {
  ai_industry_scale_cny: '人工智能产业规模',
  ai_enterprises_count: '人工智能企业数量',
  ai_rd_investment_cny: '人工智能企业研发投入',
  ai_core_industry_scale_cny: '人工智能核心产业规模',
  ai_related_output_cny: '人工智能相关产值（不完全统计）',
  ai_industry_output_cny: '人工智能产业总产值',
  ai_core_enterprises_count: '人工智能核心企业数量',
  ai_core_business_companies_count: '以人工智能为核心业务的企业数量',
  ai_key_enterprises_count: '人工智能重点企业数量',
  ai_related_enterprises_count: '人工智能相关企业数量',
  ai_patent_applications_cumulative: '人工智能专利申请累计量（智慧芽关键词检索，不含个人）',
  ai_above_scale_enterprises_count: '规模以上人工智能企业数量',
  ai_enterprises_registered_count: '首批城市人工智能企业库入库企业数量',
  ai_core_and_related_enterprises_count: '人工智能核心及主营相关企业数量',
  ic_industry_scale_cny_100m: '集成电路产业规模',
  ic_key_enterprises: '集成电路重点企业数量',
  ic_share_of_national_talent: '集成电路人才占全国比重',
  software_and_info_services_revenue_cny_100m: '软件和信息服务业收入',
  ic_design_scale_cny_100m: '集成电路设计产业规模',
  ic_industry_revenue_cny_100m: '集成电路产业营收',
  ic_design_revenue_cny_100m: '集成电路设计业营收',
  ic_enterprises_total: '集成电路企业数量',
  ic_enterprises_design: '集成电路设计企业数量（全市集成电路企业中）',
  ic_enterprises_wafer_fab: '晶圆制造企业数量',
  ic_enterprises_packaging_test: '集成电路封装测试企业数量',
  ic_enterprises_equipment: '集成电路装备企业数量',
  ic_enterprises_materials: '集成电路材料企业数量',
  ic_revenue_target_2025_cny_100m: '半导体与集成电路营收（目标）',
  ic_design_enterprises: '集成电路设计企业数量',
  inspur_ai_server_domestic_share_rank: '浪潮人工智能服务器：国内市场份额排名',
  ai_application_solution_firms_share: '提供应用解决方案的人工智能企业占比',
  high_tech_zone_share_of_national_ai_compute: '高新区人工智能算力占全国比重',
  high_tech_zone_share_of_city_ai_firms: '高新区人工智能企业占全市比重',
  high_tech_zone_ai_related_industry_cny_100m: '高新区人工智能相关产业规模',
  smart_sensor_core_and_related_industry_cny_100m: '智能传感器核心及关联产业规模',
  smart_sensor_related_and_application_firms: '智能传感器相关及应用企业数量',
  ai_core_industry_target_2025_cny_100m: '人工智能核心产业规模（目标）',
  ai_core_industry_revenue_target_2025_cny_100m: '人工智能核心产业营收（目标）',
  binhai_ai_core_industry_target_2021_cny_100m: '滨海新区人工智能核心产业规模（目标）',
  idc_inspur_ai_city_rank: 'IDC与浪潮中国人工智能城市排名',
  aminer_2023_global_top100_listed_position: 'AMiner 2023全球人工智能创新城市百强：中国城市在榜单中的位次',
  aminer_2023_global_rank: 'AMiner 2023全球人工智能创新城市：全球排名',
  sydney_ici_cn_2020_rank: '中国智能城市指数2020（悉尼大学）：排名',
  sydney_ici_cn_2020_score: '中国智能城市指数2020（悉尼大学）：得分',
  cingai_regional_ai_competitiveness_index_province: '中国新一代人工智能科技产业区域竞争力指数（省级）：得分',
  cingai_regional_ai_competitiveness_index_city: 'CINGAI 2021人工智能竞争力指数（不含直辖市）：得分',
  cingai_regional_ai_competitiveness_rank_city: 'CINGAI 2021人工智能竞争力指数（不含直辖市）：排名',
  cingai_ai_enterprises: 'CINGAI样本中的人工智能企业数量',
  kr36_city_ai_development_index_2020: '36氪2020中国城市人工智能发展指数：得分',
  kr36_city_ai_development_index_2020_rank: '36氪2020中国城市人工智能发展指数：排名',
  qixinbao_ai_related_enterprises: '注册人工智能相关企业数量（启信宝）',
  miit_ai_companies_2019: '人工智能企业数量（工信部口径，2019）',
  zgc_shuzhi_ai_city_index_2020_tier: '中关村数智2020人工智能城市指数：梯队',
  qichacha_ai_innovation_city_rank_2023: '企查查2023人工智能创新城市：排名',
};

// Sets label_zh on every metric (right after its label, so the file reads label, label_zh,
// unit...). Throws on a metric without a Chinese name.
export function addChineseLabels(metrics) {
  const missing = Object.keys(metrics).filter((k) => !METRIC_LABELS_ZH[k]);
  if (missing.length)
    throw new Error(`metrics without a Chinese name in tools/metric-labels-zh.mjs: ${missing.join(', ')}`);
  for (const [key, m] of Object.entries(metrics)) {
    const { label, ...rest } = m;
    metrics[key] = { label, label_zh: METRIC_LABELS_ZH[key], ...rest };
  }
}
