import { CefrLevel } from '../../vocabulary/cefr-level';
import { PART_OF_DAY_LABELS } from '../../vocabulary/labels';
import { PartOfDay } from '../../vocabulary/time-slot';
import { PROGRAMME_LABELS } from '../offer.labels';
import { Audience, OfferFamily, Programme } from '../offer.enums';
import { HsdsType, hsdsId } from './hsds-ids';

/**
 * The hub's vocabularies as HSDS taxonomies: programmes, families, audiences, CEFR levels and parts
 * of the day. Terms are the enum values (`code`) with German names; their IDs follow from the
 * taxonomy's number and the value's position, so they never change while values are only appended.
 */
export interface HsdsTaxonomy {
  id: string;
  /** The taxonomy's number, the row ID of its HSDS IDs. */
  number: number;
  name: string;
  description: string;
  terms: readonly HsdsTerm[];
}

export interface HsdsTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  /** The term's position in its taxonomy, from 1. */
  index: number;
}

const FAMILY_NAMES: Readonly<Record<OfferFamily, string>> = {
  LANGUAGE_COURSE: 'Deutschkurs',
  VOLUNTEER_PROGRAMME: 'Ehrenamtliches Angebot',
  SCHOOL_TO_WORK: 'Übergang Schule – Beruf',
};
const AUDIENCE_NAMES: Readonly<Record<Audience, string>> = {
  WOMEN: 'Frauen',
  PARENTS: 'Eltern',
  YOUTH: 'Jugendliche',
  YOUNG_ADULTS: 'Junge Erwachsene bis 27',
  CHILDREN: 'Kinder und Schüler',
  FAMILIES: 'Familien',
  NON_LITERATE: 'Menschen, die lesen und schreiben lernen',
  EMPLOYED: 'Berufstätige',
  JOB_SEEKERS: 'Arbeitsuchende',
  TRAINEES: 'Auszubildende',
  ACADEMICS: 'Akademiker und Anerkennungssuchende',
};

export const TAXONOMY = { PROGRAMME: 1, FAMILY: 2, AUDIENCE: 3, LEVEL: 4, PART_OF_DAY: 5 } as const;

function taxonomy(number: number, name: string, description: string, values: Array<[code: string, name: string]>): HsdsTaxonomy {
  const id = hsdsId(HsdsType.TAXONOMY, number);
  return {
    id,
    number,
    name,
    description,
    terms: values.map(([code, termName], position) => ({
      id: hsdsId(HsdsType.TAXONOMY_TERM, number, position + 1),
      code,
      name: termName,
      description: termName,
      taxonomy: name,
      taxonomy_id: id,
      language: 'de',
      index: position + 1,
    })),
  };
}

export const HSDS_TAXONOMIES: readonly HsdsTaxonomy[] = [
  taxonomy(TAXONOMY.PROGRAMME, 'Förderprogramm', 'Die Programmart eines Angebots (z. B. Integrationskurs, VABO).', Object.values(Programme).map((value) => [value, PROGRAMME_LABELS[value]])),
  taxonomy(TAXONOMY.FAMILY, 'Angebotsfamilie', 'Deutschkurse, ehrenamtliche Angebote, Übergang Schule – Beruf.', Object.values(OfferFamily).map((value) => [value, FAMILY_NAMES[value]])),
  taxonomy(TAXONOMY.AUDIENCE, 'Zielgruppe', 'Gruppen, für die ein Angebot gedacht ist; keine: offen für alle.', Object.values(Audience).map((value) => [value, AUDIENCE_NAMES[value]])),
  taxonomy(TAXONOMY.LEVEL, 'Sprachniveau (GER)', 'Niveaus des Gemeinsamen Europäischen Referenzrahmens; das Attribut sagt, ob Eingangs- oder Zielniveau.', Object.values(CefrLevel).map((value) => [value, `Niveau ${value}`])),
  taxonomy(TAXONOMY.PART_OF_DAY, 'Tageszeit', 'Wann ein Termin liegt (der Hub kennt Tageszeiten, keine Uhrzeiten).', Object.values(PartOfDay).map((value) => [value, PART_OF_DAY_LABELS[value]])),
];

export const ALL_TERMS: readonly HsdsTerm[] = HSDS_TAXONOMIES.flatMap((entry) => entry.terms);
const TERMS_BY_ID = new Map(ALL_TERMS.map((term) => [term.id, term]));

export function termOf(taxonomyNumber: number, code: string): HsdsTerm {
  const term = HSDS_TAXONOMIES[taxonomyNumber - 1]!.terms.find((candidate) => candidate.code === code);
  if (!term) throw new RangeError(`no term ${code} in taxonomy ${taxonomyNumber}`);
  return term;
}

/** One of the hub's terms by its ID, or by its taxonomy's ID and code (as another system may give it). */
export function findTerm(reference: { taxonomy_term_id?: unknown; taxonomy_term?: { id?: unknown; code?: unknown; taxonomy_id?: unknown } }): HsdsTerm | null {
  const byId = TERMS_BY_ID.get(String(reference.taxonomy_term_id ?? reference.taxonomy_term?.id ?? '').toLowerCase());
  if (byId) return byId;
  const { code, taxonomy_id: taxonomyId } = reference.taxonomy_term ?? {};
  const owner = HSDS_TAXONOMIES.find((entry) => entry.id === String(taxonomyId ?? '').toLowerCase());
  return owner?.terms.find((term) => term.code === code) ?? null;
}

export const taxonomyDocument = (entry: HsdsTaxonomy) => ({ id: entry.id, name: entry.name, description: entry.description, version: '1' });

export function termDocument(term: HsdsTerm) {
  const owner = HSDS_TAXONOMIES.find((entry) => entry.id === term.taxonomy_id)!;
  return { id: term.id, code: term.code, name: term.name, description: term.description, taxonomy: term.taxonomy, taxonomy_id: term.taxonomy_id, language: term.language, taxonomy_detail: taxonomyDocument(owner) };
}
