import { Programme } from '../../src/offers/offer.enums';
import type { PlanArea } from './rows';

// What goals, steps, reviews and notes of a generated Integrationsplan say. `{niveau}` is the
// goal's target level. Notes are deliberately bland: they are encrypted, but seed data should
// still never read like a real person's file.

export interface AreaTexts {
  goals: ReadonlyArray<{ description: string; target: string | null }>;
  /** Free-text steps, for measures that are not an offer of the catalogue. */
  steps: readonly string[];
  /** Offers that fit a goal of this area, for measures linked to the catalogue. */
  programmes: readonly Programme[];
}

export const AREA_TEXTS: Readonly<Record<PlanArea, AreaTexts>> = {
  LANGUAGE: {
    goals: [
      { description: 'Deutschkenntnisse auf Niveau {niveau} verbessern', target: 'Prüfung {niveau} bestanden' },
      { description: 'Integrationskurs abschließen', target: 'Zertifikat {niveau}' },
      { description: 'Berufsbezogenes Deutsch für den Arbeitsalltag', target: 'DTB {niveau}' },
      { description: 'Alltagsgespräche (Arzt, Behörden) ohne Dolmetscher führen', target: null },
    ],
    steps: ['Berechtigungsschein beim BAMF beantragen', 'Einstufungstest vereinbaren', 'Kinderbetreuung während des Kurses klären', 'Fahrtkostenzuschuss beantragen'],
    // Not the Jugend-, Eltern- und Frauenintegrationskurs: no course of them starts from 1 May 2025 (IK_SPECIAL_TYPES_ENDED).
    programmes: [
      Programme.INTEGRATIONSKURS_ALLGEMEIN, Programme.INTEGRATIONSKURS_ALPHABETISIERUNG, Programme.INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE,
      Programme.INTEGRATIONSKURS_INTENSIV,
      Programme.BERUFSSPRACHKURS_BASIS, Programme.BERUFSSPRACHKURS_SPEZIAL_A2, Programme.BERUFSSPRACHKURS_SPEZIAL_B1,
      Programme.COMMUNITY_COURSE, Programme.SPRACHCAFE, Programme.SPRACHPATENSCHAFT,
    ],
  },
  SCHOOL: {
    goals: [
      { description: 'Hauptschulabschluss nachholen', target: 'Hauptschulabschluss' },
      { description: 'Platz in einer VABO-Klasse finden', target: 'Schulplatz zugesagt' },
      { description: 'Ausländische Zeugnisse anerkennen lassen', target: 'Anerkennungsbescheid liegt vor' },
    ],
    steps: ['Zeugnisse übersetzen lassen', 'Beratungstermin an der beruflichen Schule', 'Anmeldung beim Regierungspräsidium (Zeugnisanerkennung)'],
    programmes: [Programme.VABO, Programme.VAB, Programme.HOMEWORK_HELP],
  },
  TRAINING_STUDIES: {
    goals: [
      { description: 'Ausbildungsplatz finden', target: 'Ausbildungsvertrag unterschrieben' },
      { description: 'Einstiegsqualifizierung beginnen', target: 'EQ-Vertrag' },
      { description: 'Studium aufnehmen', target: 'Zulassung an einer Hochschule' },
    ],
    steps: ['Bewerbungsunterlagen erstellen', 'Beratung bei der Berufsberatung der Agentur für Arbeit', 'Ausbildungsduldung prüfen lassen', 'Hochschulzugang beim Studienkolleg klären'],
    programmes: [Programme.EINSTIEGSQUALIFIZIERUNG, Programme.ASA_FLEX, Programme.BOF_PLUS, Programme.AV_DUAL, Programme.BERUFSSPRACHKURS_AZUBI, Programme.BERUFSORIENTIERUNG],
  },
  WORK: {
    goals: [
      { description: 'Sozialversicherungspflichtige Arbeit finden', target: 'Arbeitsvertrag' },
      { description: 'Berufsabschluss anerkennen lassen', target: 'Anerkennungsbescheid' },
      { description: 'Praktikum zur beruflichen Orientierung', target: 'Praktikumsbescheinigung' },
      { description: 'Minijob neben dem Sprachkurs', target: null },
    ],
    steps: ['Lebenslauf erstellen', 'Beschäftigungserlaubnis bei der Ausländerbehörde beantragen', 'Termin beim Jobcenter wahrnehmen', 'Anerkennungsberatung (IQ Netzwerk) vereinbaren'],
    programmes: [Programme.PRAKTIKUM, Programme.BERUFSORIENTIERUNG, Programme.BERUFSSPRACHKURS_ANERKENNUNG, Programme.BERUFSSPRACHKURS_GEWERBE_TECHNIK, Programme.BERUFSSPRACHKURS_BASIS, Programme.MENTORING],
  },
  HOUSING: {
    goals: [
      { description: 'Eigene Wohnung finden (Auszug aus der Anschlussunterbringung)', target: 'Mietvertrag' },
      { description: 'Wohnberechtigungsschein beantragen', target: 'WBS liegt vor' },
      { description: 'Nebenkosten verstehen und Rückstände klären', target: null },
    ],
    steps: ['Wohnungsanzeigen gemeinsam durchgehen', 'Mietschuldenfreiheitsbescheinigung anfordern', 'Besichtigungstermin begleiten', 'Kostenübernahme beim Jobcenter klären'],
    programmes: [Programme.MENTORING, Programme.INTERPRETING],
  },
  HEALTH: {
    goals: [
      { description: 'Hausärztliche Versorgung sicherstellen', target: 'Hausarztpraxis gefunden' },
      { description: 'Psychosoziale Beratung anbinden', target: 'Erstgespräch geführt' },
      { description: 'Impfstatus der Familie klären', target: null },
    ],
    steps: ['Termin in einer Hausarztpraxis vereinbaren', 'Gesundheitskarte bei der Krankenkasse beantragen', 'Dolmetschung für den Arzttermin organisieren'],
    programmes: [Programme.INTERPRETING, Programme.MOBILITY_HELP],
  },
  SOCIAL_PARTICIPATION: {
    goals: [
      { description: 'Anschluss an einen Sportverein', target: 'Vereinsmitgliedschaft' },
      { description: 'Kontakte in der Nachbarschaft aufbauen', target: null },
      { description: 'Ehrenamtliches Engagement beginnen', target: null },
      { description: 'Führerschein umschreiben lassen', target: 'Deutscher Führerschein' },
    ],
    steps: ['Begegnungscafé gemeinsam besuchen', 'Kontakt zur Ehrenamtskoordination herstellen', 'Unterlagen für die Führerscheinstelle sammeln'],
    programmes: [Programme.SPORT, Programme.WOMENS_MEETING_POINT, Programme.MENTORING, Programme.SPRACHCAFE, Programme.MOBILITY_HELP],
  },
  CHILDREN: {
    goals: [
      { description: 'Kita-Platz für das jüngste Kind', target: 'Betreuungsvertrag' },
      { description: 'Schulanmeldung der Kinder', target: 'Schulplatz' },
      { description: 'Leistungen für Bildung und Teilhabe beantragen', target: 'Bewilligungsbescheid' },
      { description: 'Hausaufgabenhilfe für die Kinder organisieren', target: null },
    ],
    steps: ['Kita-Anmeldung über das Portal der Gemeinde', 'Antrag Bildung und Teilhabe beim Jobcenter stellen', 'Gespräch mit der Klassenlehrkraft begleiten'],
    programmes: [Programme.PLAY_GROUP, Programme.HOMEWORK_HELP, Programme.SPORT],
  },
};

export const REVIEW_SUMMARIES = [
  'Fortschritte besprochen; Ziele bleiben unverändert.',
  'Sprachkurs läuft gut, nächster Schritt ist die Prüfungsanmeldung.',
  'Wohnungssuche bisher erfolglos, Suche auf Nachbargemeinden ausgeweitet.',
  'Ein Ziel erreicht, ein neues Ziel zur Arbeitssuche vereinbart.',
  'Maßnahme wegen Kinderbetreuung pausiert; Alternative gesucht.',
  'Termine wurden zuverlässig wahrgenommen; Plan angepasst.',
] as const;

export const NOTE_BODIES = [
  'Erstgespräch geführt. Ziele für den Integrationsplan gemeinsam besprochen.',
  'Telefonat: Unterlagen für den Antrag sind vollständig, Abgabe nächste Woche.',
  'Termin bei der Ausländerbehörde begleitet. Verlängerung beantragt.',
  'Beratung zur Kinderbetreuung; Anmeldung bei der Gemeinde vorbereitet.',
  'Rückmeldung vom Kursträger: regelmäßige Teilnahme.',
  'Termin abgesagt, neuer Termin in zwei Wochen vereinbart.',
  'Bewerbungsunterlagen überarbeitet, zwei Bewerbungen verschickt.',
  'Hausbesuch in der Anschlussunterbringung; Wohnsituation besprochen.',
  'Sprachmittlung über den Dolmetscherpool organisiert.',
  'Post vom Jobcenter gemeinsam gelesen und beantwortet.',
] as const;
