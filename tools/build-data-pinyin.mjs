// Pinyin of place names for search (issue 16), from pinyin-pro (MIT), called by build-data.mjs.
//
// Each gazetteer city and province gets `pinyin`: Hanyu Pinyin with tone marks, written as one
// word the way maps write it ("Jǐnán", "Xī'ān", "Lù'ān"): the first letter capitalised, an
// apostrophe before a syllable that starts with a, o or e. The app derives the tone-less form.
//
// pinyin-pro picks readings from context and knows most place-name polyphones (重庆 Chóngqìng,
// 长沙 Chángshā, 厦门 Xiàmén, 蚌埠 Bèngbù, 六安 Lù'ān, 丽水 Líshuǐ, 乐山 Lèshān). The readings it
// gets wrong for a place name are fixed in OVERRIDES, each with its reason. The script prints
// every name whose tone-less pinyin differs from the English name (GeoNames) so a new wrong
// reading shows up when the data is rebuilt; most differences are not pinyin errors (Hohhot,
// Urumqi, Lhasa are Mongolian, Uyghur or Tibetan names; "Shaanxi" is a spelling convention).

// Name (Chinese, as in the data) -> syllables with tone marks.
export const OVERRIDES = {
  // 什 is shí in 喀什 (Kashgar; Kāshí in the Xinhua place-name dictionary); pinyin-pro reads shén
  // as in 什么.
  喀什: ['kā', 'shí'],
  // 都 is dū in a city name (成都 Chéngdū, 昌都 Chāngdū); pinyin-pro reads dōu ("all").
  昌都: ['chāng', 'dū'],
  // 那曲 is Nàqū (曲 "bend of a river", first tone); pinyin-pro reads qǔ ("song").
  那曲: ['nà', 'qū'],
};

const VOWEL_START = /^[aāáǎàoōóǒòeēéěè]/u;

/// Syllables -> one word: "jǐ nán" -> "Jǐnán", "xī ān" -> "Xī'ān".
export function joinSyllables(syllables) {
  const word = syllables.map((s, i) => (i > 0 && VOWEL_START.test(s) ? "'" : '') + s).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const toneless = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’' -]/g, '').toLowerCase();

/// The pinyin of a place name, as one word with tone marks ("济南" -> "Jǐnán").
export function pinyinOf(nameZh, pinyinPro) {
  return joinSyllables(OVERRIDES[nameZh] ??
    pinyinPro.pinyin(nameZh, { type: 'array', toneType: 'symbol', nonZh: 'removed' }));
}

/// The features whose tone-less pinyin is not their English name, for the log.
export function pinyinDifferences(features) {
  return features.filter((f) => !f.name_en || toneless(f.pinyin) !== toneless(f.name_en))
    .map((f) => `${f.code} ${f.name_zh} ${f.pinyin} / ${f.name_en ?? '(no English name)'}`);
}
