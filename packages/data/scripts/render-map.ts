// Renders the map in the data guide (docs/images/gemeenten-2025-kinderen.svg) from the geo and indicators
// entries: each municipality shaded by its share of children aged 0-14 on 1 January 2025.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoAttribution, getMunicipalityShape, getProvinceShape, type Position, type Shape } from '../src/geo.js';
import { getChildIndicators } from '../src/indicators.js';
import { listMunicipalities } from '../src/index.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const mapFile = join(packageDir, '..', '..', 'docs', 'images', 'gemeenten-2025-kinderen.svg');

/** Metres per SVG unit: 100 m keeps the file small and is finer than the generalised boundaries. */
const unit = 100;
const left = 10_000;
const top = 625_000;
const width = 2_900;
const height = 3_300;

/** Upper bounds (percent of inhabitants aged 0-14) of the classes, and their colours (light to dark). */
const classes = [13, 15, 17, 19, Number.POSITIVE_INFINITY] as const;
const colours = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

function ringPath(ring: readonly Position[]): string {
  let d = '';
  let px = 0;
  let py = 0;
  ring.forEach(([x, y], i) => {
    const sx = Math.round((x - left) / unit);
    const sy = Math.round((top - y) / unit);
    if (i === 0) d += `M${sx} ${sy}`;
    else if (sx !== px || sy !== py) d += `l${sx - px} ${sy - py}`;
    [px, py] = [sx, sy];
  });
  return `${d}z`;
}

function shapePath(shape: Shape): string {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  return polygons.flatMap((rings) => rings.map(ringPath)).join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The SVG text; deterministic, so a test can compare it with the committed file. */
export function renderChildrenMap(): string {
  const paths = listMunicipalities({ year: 2025 })
    .slice()
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((m) => {
      const shape = getMunicipalityShape(m.code);
      const figures = getChildIndicators(m.code);
      if (!shape || !figures || !m.inhabitants) throw new Error(`render-map: no shape or figures for ${m.code}`);
      const children = figures.children0to4.value + figures.children5to9.value + figures.children10to14.value;
      const share = (children / m.inhabitants) * 100;
      const colour = colours[classes.findIndex((bound) => share < bound)] ?? colours[colours.length - 1];
      return `<path fill="${colour}" d="${shapePath(shape)}"><title>${escape(m.name)}: ${share.toFixed(1).replace('.', ',')} %</title></path>`;
    });
  const provinces = Array.from({ length: 12 }, (_, i) => getProvinceShape(`PV${20 + i}`))
    .map((shape) => (shape ? shapePath(shape) : ''))
    .join('');
  const labels = ['onder 13 %', '13 tot 15 %', '15 tot 17 %', '17 tot 19 %', '19 % of meer'];
  const legend = colours
    .map((colour, i) => `<rect x="40" y="${200 + i * 90}" width="70" height="60" fill="${colour}" stroke="#555"/><text x="130" y="${250 + i * 90}">${labels[i]}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="580" height="660" role="img" aria-labelledby="title desc" font-family="sans-serif" font-size="60">
<title id="title">Kinderen van 0 tot en met 14 jaar per gemeente, 1 januari 2025</title>
<desc id="desc">Kaart van de 342 gemeenten van 2025, gekleurd naar het aandeel kinderen van 0 tot en met 14 jaar in het aantal inwoners. ${geoAttribution} (grenzen), CBS 70072ned (kinderen), 03759ned (inwoners).</desc>
<g stroke="#fff" stroke-width="4" stroke-linejoin="round">${paths.join('')}</g>
<path fill="none" stroke="#333" stroke-width="8" stroke-linejoin="round" d="${provinces}"/>
<text x="40" y="80" font-weight="bold">Kinderen 0-14 jaar,</text><text x="40" y="150" font-weight="bold">aandeel inwoners</text>${legend}
<text x="40" y="3240" font-size="50">${geoAttribution}. Kinderen: CBS 70072ned, 1 januari 2025. CC BY 4.0.</text>
</svg>
`;
}

/** `render-map`: writes the map of the data guide. */
export function main(): void {
  writeFileSync(mapFile, renderChildrenMap());
  console.log(`Wrote ${mapFile}`);
}
