// Writes the dashboard's map files from the npm packages of package.json (run by `npm run build`
// after `npm ci`): world-atlas's 1:110m countries with each shape's id turned from ISO 3166-1
// numeric (Natural Earth's) into the alpha-2 code the API uses, and the browser builds of
// topojson-client, d3-array and d3-geo, with their licences. The page loads them from 'self'.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = join(here, '..', '..', 'streams', 'src', 'main', 'resources', 'tally', 'dashboard', 'map');
mkdirSync(out, { recursive: true });

const read = (path) => JSON.parse(readFileSync(join(modules, path), 'utf8'));
const alpha2 = new Map(read('world-countries/countries.json').filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
// Natural Earth gives Kosovo no numeric code (ISO has none); the API knows it as XK. Northern Cyprus
// and Somaliland have no ISO code at all: they stay without an id and are drawn as no data.
const byName = new Map([['Kosovo', 'XK']]);

const world = read('world-atlas/countries-110m.json');
for (const shape of world.objects.countries.geometries) {
  const iso = alpha2.get(shape.id) ?? byName.get(shape.properties.name);
  if (iso) {
    shape.id = iso;
  } else {
    delete shape.id;
  }
}
delete world.objects.land; // the page draws countries only
writeFileSync(join(out, 'countries-110m.json'), JSON.stringify(world));

for (const [from, to] of [
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client.min.js'],
  ['d3-array/dist/d3-array.min.js', 'd3-array.min.js'],
  ['d3-geo/dist/d3-geo.min.js', 'd3-geo.min.js'],
]) {
  copyFileSync(join(modules, from), join(out, to));
}
const licences = ['world-atlas', 'world-countries', 'topojson-client', 'd3-array', 'd3-geo']
  .map((name) => `${name} ${read(name + '/package.json').version}\n\n${readFileSync(join(modules, name, 'LICENSE'), 'utf8')}`);
writeFileSync(join(out, 'LICENSES.txt'), licences.join('\n' + '-'.repeat(72) + '\n\n'));
