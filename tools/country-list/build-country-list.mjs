// Builds src/NjitInternational.Web/Features/Countries/country-list.json: every ISO 3166-1 alpha-2
// code with its English and Chinese (Simplified) names, kind and continent, and one representative
// point (longitude, latitude) to place a partner marker on an approved base map.
//
//   npm ci && node build-country-list.mjs
//
// Sources (see README.md): codes from i18n-iso-countries; names from CLDR through Node's ICU
// (Intl.DisplayNames); continents written out below after the UN M49 regions; points from the
// largest polygon of each Natural Earth 1:50m feature (only the point is kept, no outline).
import { readFileSync, writeFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import { geoArea, geoCentroid } from "d3-geo";

// The prescribed names (《公开地图内容表示规范》, Chinese usage): regions of China, never countries.
const OVERRIDES = {
  HK: { en: "Hong Kong, China", zh: "中国香港", kind: "Region" },
  MO: { en: "Macao, China", zh: "中国澳门", kind: "Region" },
  TW: { en: "Taiwan, China", zh: "中国台湾", kind: "Region" },
  PS: { en: "Palestine", zh: "巴勒斯坦" },
};

// Not UN member or observer states: listed as regions ("countries and regions").
const REGIONS = "AS AI AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF YT".split(" ");

// UN M49 regions; the Caribbean and Central America count as North America. AQ is left out:
// the site's continents have no Antarctica and no institution is there.
const CONTINENTS = {
  Africa: "DZ AO BJ BW IO BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET TF GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW",
  Asia: "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE",
  Europe: "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB",
  NorthAmerica: "AI AG AW BS BB BZ BM BQ VG CA KY CR CU CW DM DO SV GL GD GP GT HT HN JM MQ MX MS NI PA PR BL KN LC MF PM VC SX TT TC US UM VI",
  SouthAmerica: "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
  Oceania: "AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
};

// Codes with no Natural Earth 50m feature of their own: a point by hand (longitude, latitude).
const POINTS = {
  BV: [3.4, -54.4], GF: [-53.1, 3.9], GI: [-5.35, 36.14], GP: [-61.6, 16.2], MQ: [-61.0, 14.6],
  YT: [45.15, -12.8], RE: [55.5, -21.1], SJ: [16.0, 78.5], TK: [-171.8, -9.2], TV: [179.2, -8.5],
  UM: [166.6, 19.3], BQ: [-68.3, 12.2], CC: [96.8, -12.2], CX: [105.6, -10.5],
};

const continentOf = new Map();
for (const [continent, codes] of Object.entries(CONTINENTS)) {
  for (const code of codes.split(" ")) {
    if (continentOf.has(code)) throw new Error(`${code} is in two continents`);
    continentOf.set(code, continent);
  }
}

const topo = JSON.parse(readFileSync(new URL("./node_modules/world-atlas/countries-50m.json", import.meta.url)));
const points = new Map();
for (const f of feature(topo, topo.objects.countries).features) {
  const code = countries.numericToAlpha2(f.id);
  if (!code || !f.geometry) continue;
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = polygons.map((coordinates) => ({ type: "Polygon", coordinates }))
    .reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const [lon, lat] = geoCentroid(largest);
  // Natural Earth splits some codes over several features (e.g. AU and Ashmore): keep the larger.
  if (!points.has(code) || geoArea(largest) > points.get(code).area) points.set(code, { area: geoArea(largest), lon, lat });
}

const en = new Intl.DisplayNames(["en"], { type: "region" });
const zh = new Intl.DisplayNames(["zh-Hans-CN"], { type: "region" });
const round = (n) => Math.round(n * 10) / 10;
const entries = Object.keys(countries.getAlpha2Codes()).filter((code) => code !== "AQ" && code !== "XK").sort().map((code) => {
  const continent = continentOf.get(code);
  if (!continent) throw new Error(`${code} has no continent`);
  const point = POINTS[code] ?? (points.has(code) ? [points.get(code).lon, points.get(code).lat] : null);
  if (!point) throw new Error(`${code} has no point`);
  const o = OVERRIDES[code] ?? {};
  return {
    code,
    name: o.en ?? en.of(code),
    nameZh: o.zh ?? zh.of(code),
    kind: o.kind ?? (REGIONS.includes(code) ? "Region" : "Country"),
    continent,
    lon: round(point[0]),
    lat: round(point[1]),
  };
});

const missing = [...continentOf.keys()].filter((c) => !entries.some((e) => e.code === c));
if (missing.length) throw new Error(`Not ISO codes: ${missing}`);
const out = {
  source: `ISO 3166-1 alpha-2 codes (i18n-iso-countries ${JSON.parse(readFileSync(new URL("./node_modules/i18n-iso-countries/package.json", import.meta.url))).version}) without AQ and the user-assigned XK; names: CLDR ${process.versions.cldr} (ICU ${process.versions.icu}, Intl.DisplayNames en and zh-Hans-CN) except HK, MO, TW, PS; continents: UN M49; points: centroid of the largest Natural Earth 1:50m polygon (world-atlas 2.0.2), rounded to 0.1 degree. Generated by tools/country-list/build-country-list.mjs.`,
  countries: entries,
};
writeFileSync(new URL("../../src/NjitInternational.Web/Features/Countries/country-list.json", import.meta.url), JSON.stringify(out, null, 0).replaceAll("},{", "},\n{") + "\n");
console.log(`${entries.length} codes, ${entries.filter((e) => e.kind === "Region").length} regions`);
