#!/usr/bin/env node
// build-map.mjs — builds world-map.json (and preview.svg) for server-side inline SVG rendering.
//
//   cd /work/staging/map && npm ci && node build-map.mjs
//
// Options (all optional):
//   --minweight=N   Visvalingam weight threshold (triangle area in projected SVG units²) (default below)
//   --minring=N     drop rings whose projected area is below N square units, except the
//                   largest ring of each feature (default below)
//   --width=N       width of the viewBox in SVG units (default 1000)
//   --no-preview    do not write preview.svg
//
// Data: Natural Earth 1:50m admin-0 countries (public domain) via the npm package
// world-atlas@2 (TopoJSON, ids = ISO 3166-1 numeric). Numeric -> alpha-2 via i18n-iso-countries.
// Projection: d3-geo geoNaturalEarth1 (spherical clipping at the antimeridian, so Russia/Fiji
// do not produce wrap-around artefacts). Everything runs at build time only; the output is
// plain JSON with SVG path strings.

import { readFileSync, writeFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as topojson from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import { geoNaturalEarth1, geoPath, geoArea } from "d3-geo";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, "").split("=");
  return [k, v === undefined ? true : v];
}));

const WIDTH = Number(args.width ?? 1000);
const MIN_WEIGHT = Number(args.minweight ?? 0.1);    // Visvalingam triangle area in projected units²
const MIN_RING_AREA = Number(args.minring ?? 0.4);   // square SVG units (viewBox is ~1000 wide)
const MIN_EXTENT = 2;                                // min. width/height of any feature (units); smaller ones are enlarged
const MIN_MARKER = MIN_EXTENT / 2;                   // half-size of the fallback diamond for features that vanish

countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const atlasVersion = require("world-atlas/package.json").version;

// --- 1. ISO mapping -------------------------------------------------------------------------
// Natural Earth features that have no ISO 3166-1 numeric id in world-atlas. They are kept as
// separate shapes (no political merging) with documented codes:
//   XK  Kosovo            – user-assigned code, de-facto standard (EU, CLDR/Unicode, IMF)
//   XS  Somaliland        – pseudo code (project-local), ISO treats it as part of SO
//   XN  Northern Cyprus   – pseudo code (project-local), ISO treats it as part of CY
//   XG  Siachen Glacier   – pseudo code (project-local), disputed India/Pakistan
// "Indian Ocean Ter." (Australian Indian Ocean Territories) is split into its two real ISO
// entries, CX (Christmas Island, east of 100°E) and CC (Cocos (Keeling) Islands, west of 100°E).
// Antarctica (010) is skipped. "Ashmore and Cartier Is." shares id 036 with Australia and is
// merged into AU.
const PSEUDO = {
  "Kosovo": "XK",
  "Somaliland": "XS",
  "N. Cyprus": "XN",
  "Siachen Glacier": "XG",
};
const PSEUDO_NAMES = { XK: "Kosovo", XS: "Somaliland", XN: "Northern Cyprus", XG: "Siachen Glacier" };
const SKIP_NUMERIC = new Set(["010"]); // Antarctica

// Short, common English names where i18n-iso-countries' default is long/formal.
const NAME_OVERRIDES = {
  TW: "Taiwan", RU: "Russia", IR: "Iran", SY: "Syria", LA: "Laos", TZ: "Tanzania", MD: "Moldova",
  CZ: "Czechia", BN: "Brunei", PS: "Palestine", VA: "Vatican City", FM: "Micronesia",
  MK: "North Macedonia", KR: "South Korea", KP: "North Korea", US: "United States",
  CI: "Côte d'Ivoire", BO: "Bolivia", VE: "Venezuela", VN: "Vietnam", GB: "United Kingdom",
  CD: "DR Congo", CG: "Republic of the Congo", AX: "Åland Islands", VI: "U.S. Virgin Islands",
  VG: "British Virgin Islands", SH: "Saint Helena", KN: "Saint Kitts and Nevis",
  VC: "Saint Vincent and the Grenadines", MF: "Saint Martin", BL: "Saint Barthélemy",
  SX: "Sint Maarten", CW: "Curaçao", FK: "Falkland Islands", HM: "Heard and McDonald Islands",
  TF: "French Southern Territories", IO: "British Indian Ocean Territory", PN: "Pitcairn Islands",
  SZ: "Eswatini", TR: "Türkiye", CV: "Cabo Verde", ST: "São Tomé and Príncipe",
};

const geoms = topo.objects.countries.geometries;
const groups = new Map(); // iso2 -> [geometry objects]
const unmapped = [];
for (const g of geoms) {
  if (SKIP_NUMERIC.has(g.id)) continue;
  const nm = g.properties?.name;
  let iso = g.id !== undefined ? countries.numericToAlpha2(g.id) : PSEUDO[nm];
  if (nm === "Indian Ocean Ter.") iso = "__IOT__";
  if (!iso) { unmapped.push(`${g.id}:${nm}`); continue; }
  if (!groups.has(iso)) groups.set(iso, []);
  groups.get(iso).push(g);
}
if (unmapped.length) console.warn("WARNING: dropped features without ISO mapping:", unmapped.join(", "));

// --- 2. projection, fitted on the unsimplified data ------------------------------------------
function collect(t) {
  const feats = [];
  for (const [iso, gs] of groups) {
    // merge() dissolves internal borders when several geometries share one code (AU + Ashmore).
    const geom = gs.length === 1 ? topojson.feature(t, gs[0]).geometry : topojson.merge(t, gs);
    if (iso === "__IOT__") {
      // split Australian Indian Ocean Territories into CX / CC by longitude
      const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
      const cx = polys.filter((p) => p[0][0][0] > 100), cc = polys.filter((p) => p[0][0][0] <= 100);
      if (cx.length) feats.push({ iso: "CX", geometry: { type: "MultiPolygon", coordinates: cx } });
      if (cc.length) feats.push({ iso: "CC", geometry: { type: "MultiPolygon", coordinates: cc } });
      continue;
    }
    feats.push({ iso, geometry: geom });
  }
  return feats;
}
const toFC = (feats) => ({ type: "FeatureCollection", features: feats.map((f) => ({ type: "Feature", properties: {}, geometry: f.geometry })) });
const fullFC = toFC(collect(topo));
const projection = geoNaturalEarth1().fitWidth(WIDTH, fullFC);
// Shift so the bounds of all (non-Antarctic) land start at (0, 0), and get the height.
{
  const [[x0, y0]] = geoPath(projection).bounds(fullFC);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0, ty - y0]);
}
const HEIGHT = Math.ceil(geoPath(projection).bounds(fullFC)[1][1]);

// --- 3. simplify: Visvalingam on the topology (shared borders stay shared, no gaps/slivers),
//        with the triangle area measured in projected SVG units², so the detail kept is
//        uniform on the final map (not over-kept near the poles as with degree² areas).
function projectedTriangleArea(t) {
  const a = projection(t[0]), b = projection(t[1]), c = projection(t[2]);
  if (!a || !b || !c) return Infinity;
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}
const simp = simplify(presimplify(topo, projectedTriangleArea), MIN_WEIGHT);
const allFeatures = collect(simp);

// --- 4. path strings: custom context that rounds to 0.1, removes duplicate points,
//        drops tiny rings, and writes compact absolute SVG path data -----------------------
const r1 = (v) => Math.round(v * 10) / 10;
const fmt = (v) => {
  let s = r1(v).toFixed(1);
  if (s.endsWith(".0")) s = s.slice(0, -2);
  if (s === "-0") s = "0";
  return s;
};
function ringsOf(geometry) {
  const rings = [];
  let cur = null;
  const ctx = {
    moveTo(x, y) { cur = [[r1(x), r1(y)]]; rings.push(cur); },
    lineTo(x, y) {
      const p = [r1(x), r1(y)], q = cur[cur.length - 1];
      if (p[0] !== q[0] || p[1] !== q[1]) cur.push(p);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, ctx)(geometry);
  for (const r of rings) {
    const a = r[0], b = r[r.length - 1];
    if (r.length > 1 && a[0] === b[0] && a[1] === b[1]) r.pop();
  }
  return rings;
}
const ringArea = (r) => {
  let s = 0;
  for (let i = 0, n = r.length; i < n; i++) {
    const [x0, y0] = r[i], [x1, y1] = r[(i + 1) % n];
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s) / 2;
};
// Compact path writer. Points are snapped to a 0.1 grid (integers in tenths), the first point of
// each ring is absolute ("M x y"), the rest are relative ("l dx dy ..."), and the ring is closed
// with "z". Relative steps are computed from the snapped integers, so there is no rounding drift:
// every vertex lands exactly on its 1-decimal absolute position.
const num = (t) => {            // t: integer tenths -> shortest decimal string
  let s = (Math.abs(t) / 10).toString();
  if (s.startsWith("0.")) s = s.slice(1);   // ".5" is valid SVG path syntax
  return (t < 0 ? "-" : "") + s;
};
function join(parts) {          // separate numbers with a space unless the next one has a sign
  let d = "";
  for (const p of parts) d += (d && !p.startsWith("-") && !/[a-zA-Z]$/.test(d) ? " " : "") + p;
  return d;
}
function ringToD(r) {
  const T = r.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]);
  let d = "M" + join([num(T[0][0]), num(T[0][1])]);
  let seg = [];
  for (let i = 1; i < T.length; i++) seg.push(num(T[i][0] - T[i - 1][0]), num(T[i][1] - T[i - 1][1]));
  if (seg.length) d += "l" + join(seg);
  return d + "z";
}

const out = [];
const tinyKept = [], enlarged = [];
for (const f of allFeatures) {
  const iso = f.iso;
  let rings = ringsOf(f.geometry);
  const areas = rings.map(ringArea);
  const largest = areas.length ? areas.indexOf(Math.max(...areas)) : -1;
  let keep = rings.filter((r, i) => r.length >= 3 && areas[i] >= MIN_RING_AREA);
  if (!keep.length) {
    if (largest >= 0 && rings[largest].length >= 3 && areas[largest] > 0.05) {
      keep = [rings[largest]];
    } else {
      // Feature collapsed to (almost) nothing at this scale: emit a small diamond so it stays
      // visible / clickable (documented in README). Centre it on the largest ring (not the feature centroid, which for scattered island
      // states such as Kiribati can fall far out in the ocean or across the map).
      let cx, cy;
      if (largest >= 0 && rings[largest].length) {
        const r = rings[largest];
        cx = r.reduce((s, p) => s + p[0], 0) / r.length;
        cy = r.reduce((s, p) => s + p[1], 0) / r.length;
      } else {
        [cx, cy] = geoPath(projection).centroid(f.geometry);
      }
      const m = MIN_MARKER;
      keep = [[[r1(cx), r1(cy - m)], [r1(cx + m), r1(cy)], [r1(cx), r1(cy + m)], [r1(cx - m), r1(cy)]]];
      tinyKept.push(iso);
    }
  }
  // Features whose whole shape is smaller than MIN_EXTENT (e.g. Singapore, Hong Kong, Malta) are
  // scaled up about their bounding-box centre so that they stay visible under a 0.3 stroke and
  // can be hovered/clicked. They are flagged "tiny": true in the JSON.
  let tiny = tinyKept.includes(iso);
  if (!tiny) {
    const xs = keep.flat().map((p) => p[0]), ys = keep.flat().map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const ext = Math.max(x1 - x0, y1 - y0);
    if (ext < MIN_EXTENT) {
      const k = MIN_EXTENT / Math.max(ext, 0.1), mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
      // keep the thin side at least 60% of MIN_EXTENT so the shape is not a sliver
      const thin = 0.6 * MIN_EXTENT;
      const kx = Math.max(k, (x1 - x0) * k < thin ? thin / Math.max(x1 - x0, 0.1) : 0);
      const ky = Math.max(k, (y1 - y0) * k < thin ? thin / Math.max(y1 - y0, 0.1) : 0);
      keep = keep.map((r) => r.map(([x, y]) => [r1(mx + (x - mx) * kx), r1(my + (y - my) * ky)]));
      tiny = true;
      enlarged.push(iso);
    }
  }
  const name = NAME_OVERRIDES[iso] ?? PSEUDO_NAMES[iso] ?? countries.getName(iso, "en") ?? iso;
  const entry = { iso2: iso, name, d: keep.map(ringToD).join("") };
  if (PSEUDO_NAMES[iso]) entry.pseudo = true;
  if (tiny) entry.tiny = true;
  out.push({ entry, area: geoArea(f.geometry) });
}
// Largest first so small features (enclaves, islands) are painted on top when rendered in order.
out.sort((a, b) => b.area - a.area);

const result = {
  viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
  source: `Natural Earth 1:50m Admin 0 – Countries, via npm world-atlas@${atlasVersion} (countries-50m.json); ` +
    `projection Natural Earth I (d3-geo geoNaturalEarth1), simplified with topojson-simplify (Visvalingam, minWeight ${MIN_WEIGHT} projected units²), ` +
    `Antarctica omitted. Generated by build-map.mjs.`,
  licence: "Map data: Natural Earth, public domain (https://www.naturalearthdata.com/about/terms-of-use/). " +
    "world-atlas packaging: ISC licence, Mike Bostock. Country borders and names shown do not imply any " +
    "position on disputed territories.",
  pseudoCodes: { XK: "Kosovo (user-assigned, de-facto)", XS: "Somaliland (project-local)", XN: "Northern Cyprus (project-local)", XG: "Siachen Glacier (project-local)" },
  features: out.map((o) => o.entry),
};
const outFile = path.join(here, "world-map.json");
writeFileSync(outFile, JSON.stringify(result));
const size = statSync(outFile).size;
console.log(`world-map.json: ${result.features.length} features, ${size} bytes (${(size / 1024).toFixed(1)} KiB), viewBox ${result.viewBox}`);
if (tinyKept.length) console.log(`features shown as a ${MIN_EXTENT}-unit diamond (shape vanished when simplified):`, tinyKept.sort().join(" "));
if (enlarged.length) console.log(`features enlarged to ${MIN_EXTENT} units (true shape smaller):`, enlarged.sort().join(" "));

// --- 5. preview ------------------------------------------------------------------------------
if (!args["no-preview"]) {
  const highlight = new Set(["DE", "GB", "US", "FI", "NL", "SE", "NZ", "KR", "SG"]);
  const paths = result.features.map((f) =>
    `<path d="${f.d}" fill="${highlight.has(f.iso2) ? "#1f5fa8" : "#d9d9d9"}"><title>${f.iso2} ${f.name.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title></path>`
  ).join("\n");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${result.viewBox}" width="${WIDTH}" height="${HEIGHT}">\n` +
    `<rect width="100%" height="100%" fill="#f4f8fc"/>\n` +
    `<g stroke="#fff" stroke-width="0.3" stroke-linejoin="round">\n${paths}\n</g>\n</svg>\n`;
  writeFileSync(path.join(here, "preview.svg"), svg);
  console.log("preview.svg written");
}
