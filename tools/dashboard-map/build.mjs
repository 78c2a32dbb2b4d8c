// Writes the dashboard's map data from the npm packages of package.json (run by `npm run build`
// after `npm ci`): world-atlas's 1:110m Natural Earth countries, each shape's ISO 3166-1 numeric
// id turned into the alpha-2 code the API uses (from world-countries), projected once here
// (d3-geo's Natural Earth projection, topojson-client to read the shapes) into SVG path strings.
// The page draws the paths as they are: no map library is shipped, only derived data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

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
writeFileSync(join(out, 'LICENSES.txt'), ['world-atlas', 'world-countries']
  .map((name) => `${name} ${read(name + '/package.json').version}\n\n${readFileSync(join(modules, name, 'LICENSE'), 'utf8')}`)
  .join('\n' + '-'.repeat(72) + '\n\n'));
