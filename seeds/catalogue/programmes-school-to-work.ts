import { Audience as A, Funding as F, OfferFormat, Programme as P } from '../../src/offers/offer.enums';
import { CefrLevel as L } from '../../src/vocabulary/cefr-level';
import { defineProgramme } from './define-programme';
import { OPEN_TO_ALL, REFUGEE_STATUSES, WORK_PERMIT_LIKELY } from './eligibility';
import type { CostModel, ProgrammeProfile } from './programme-profile';

// School-to-work offers in BW (DOMAIN.md). School obligation applies regardless of residence status,
// so school classes are open to all statuses; company-based offers need a work permit.

const STATE_SCHOOL: CostModel = {
  freeAsZero: true,
  funding: [[[F.LAND_BW], 1]],
  notes: ['Schulgeldfrei; Fahrtkosten werden nach den Regeln des Landkreises erstattet.', null],
};

const AGENCY: CostModel = {
  freeAsZero: true,
  funding: [[[F.BUNDESAGENTUR], 80], [[F.BUNDESAGENTUR, F.ESF], 20]],
  notes: ['Kostenlos; gefördert von der Agentur für Arbeit.', 'Die Zuweisung erfolgt über die Agentur für Arbeit oder das Jobcenter.'],
};

const COMPANY: CostModel = {
  freeAsZero: true,
  funding: [[[F.EMPLOYER, F.BUNDESAGENTUR], 1]],
  notes: ['Der Betrieb zahlt eine Vergütung; die Agentur für Arbeit bezuschusst sie.'],
};

const school = {
  providers: [['VOCATIONAL_SCHOOL', 1]] as const,
  duration: { kind: 'SCHOOL_YEAR' } as const,
  schedules: [['SCHOOL_WEEK', 1]] as const,
  cost: STATE_SCHOOL,
  audiences: [A.YOUTH],
  // Vocational-school obligation to 18, voluntary attendance until the school year in which people turn 21.
  minAge: 15,
  maxAge: 20,
  admitted: OPEN_TO_ALL,
  languages: { chance: 0.4, max: 2 },
};

export const SCHOOL_TO_WORK_PROGRAMMES: readonly ProgrammeProfile[] = [
  defineProgramme({
    ...school,
    programme: P.VABO, weight: 25, capacity: [16, 22], rollingEntryChance: 0.5,
    levels: { min: null, max: L.A2, target: L.B1 },
    closings: ['Am Ende steht eine Sprachprüfung auf A2- oder B1-Niveau.', 'Danach geht es weiter in VAB, AVdual oder eine Berufsfachschule.', 'Die Anmeldung läuft über das Schulsekretariat oder die Integrationsmanagerin.'],
    variants: [{
      weight: 1,
      titles: ['VABO-Klasse {beiAnbieter}', 'VABO – Vorqualifizierungsjahr Arbeit/Beruf mit Schwerpunkt Erwerb von Deutschkenntnissen', 'VABO in {ort}: Deutsch und Beruf für Jugendliche'],
      summaries: ['Einjähriges Vorqualifizierungsjahr für Jugendliche mit wenig Deutschkenntnissen: intensiver Deutschunterricht, Mathematik, Alltag und ein wöchentlicher Praxistag in Werkstatt oder Betrieb.'],
    }],
  }),
  defineProgramme({
    ...school,
    programme: P.VAB, weight: 10, capacity: [18, 24],
    levels: { min: L.A2, max: null, target: L.B1 },
    closings: ['Mit dem Abschluss kann ein dem Hauptschulabschluss gleichwertiger Bildungsstand erreicht werden.', 'Praktika in Betrieben der Region sind fester Bestandteil.'],
    variants: [{
      weight: 1,
      titles: ['VAB – Vorqualifizierungsjahr Arbeit/Beruf {beiAnbieter}', 'VAB-Klasse mit Hauptschulabschluss-Prüfung'],
      summaries: ['Berufsvorbereitung in Theorie und Praxis für Jugendliche ohne Ausbildungsplatz, mit Einblick in mehrere Berufsfelder.'],
    }],
  }),
  defineProgramme({
    ...school,
    programme: P.AV_DUAL, weight: 8, capacity: [16, 22],
    levels: { min: L.A2, max: null, target: null },
    closings: ['Individuelle Begleitung durch AVdual-Begleiterinnen und -Begleiter.', 'Ziel ist der direkte Übergang in eine Ausbildung.'],
    variants: [{
      weight: 1,
      titles: ['AVdual – Ausbildungsvorbereitung dual {beiAnbieter}', 'AVdual in {ort}: Schule und Betriebspraktika'],
      summaries: ['Ausbildungsvorbereitung mit langen Praxisphasen in Betrieben, individueller Förderung und der Möglichkeit, den Hauptschulabschluss zu erwerben.'],
    }],
  }),
  defineProgramme({
    programme: P.EINSTIEGSQUALIFIZIERUNG, weight: 15, providers: [['COMPANY', 65], ['CHAMBER', 35]],
    duration: { kind: 'WEEKS', min: 26, max: 52 }, schedules: [['WORK_WEEK', 1]], capacity: [1, 3],
    cost: COMPANY, audiences: [A.YOUNG_ADULTS, A.JOB_SEEKERS], minAge: 16, maxAge: 35,
    levels: { min: L.A2, max: null, target: null }, admitted: WORK_PERMIT_LIKELY,
    languages: { chance: 0.2, max: 1 },
    closings: ['Voraussetzung ist eine Beschäftigungserlaubnis der Ausländerbehörde.', 'Bei Erfolg ist eine anschließende Ausbildung im Betrieb möglich.'],
    variants: [{
      weight: 1,
      titles: ['Einstiegsqualifizierung als {beruf}', 'EQ-Platz {beruf} in {ort}', 'Einstiegsqualifizierung ({beruf}) – Start {monat}'],
      summaries: ['Sechs bis zwölf Monate Praxis im Betrieb als Vorstufe zur Ausbildung als {beruf}, mit Berufsschulbesuch und Zertifikat der Kammer.'],
    }],
  }),
  defineProgramme({
    programme: P.ASA_FLEX, weight: 10, providers: [['VOCATIONAL_TRAINER', 100]],
    duration: { kind: 'WEEKS', min: 12, max: 26 }, schedules: [['TWICE_WEEKLY_AFTERNOON', 50], ['WEEKLY_AFTERNOON', 50]],
    capacity: [8, 15], rollingEntryChance: 0.8, cost: AGENCY,
    audiences: [A.YOUNG_ADULTS, A.TRAINEES], levels: { min: L.A2, max: null, target: null },
    formats: [[OfferFormat.IN_PERSON, 85], [OfferFormat.HYBRID, 15]], languages: { chance: 0.3, max: 2 },
    closings: ['Für Menschen mit Gestattung oder Duldung gelten für die Vorphase besondere Voraussetzungen, z. B. 15 Monate Aufenthalt.', 'Anmeldung über die Berufsberatung der Agentur für Arbeit.'],
    variants: [
      {
        weight: 50,
        titles: ['Assistierte Ausbildung flexibel (AsA flex) – Vorphase', 'AsA flex: Vorbereitung auf die Ausbildung'],
        summaries: ['Vorphase der Assistierten Ausbildung: bis zu sechs Monate Unterstützung bei Berufswahl, Bewerbung und Suche nach einem Ausbildungsplatz.'],
      },
      {
        weight: 50,
        titles: ['AsA flex: Begleitung während der Ausbildung', 'Ausbildungsbegleitung AsA flex in {ort}'],
        summaries: ['Begleitende Phase: Nachhilfe für die Berufsschule, Sprachförderung und sozialpädagogische Unterstützung während Ausbildung oder EQ.'],
      },
    ],
  }),
  defineProgramme({
    programme: P.BOF_PLUS, weight: 7, providers: [['VOCATIONAL_TRAINER', 55], ['CHAMBER', 45]],
    duration: { kind: 'WEEKS', min: 13, max: 26 }, schedules: [['TRAINING_WEEK', 1]], capacity: [10, 14],
    cost: AGENCY, audiences: [A.YOUNG_ADULTS], minAge: 18, admitted: REFUGEE_STATUSES,
    levels: { min: L.A2, max: null, target: null }, languages: { chance: 0.4, max: 2 },
    closings: ['Mit fachbezogenem Deutschunterricht und Betriebspraktikum.', 'Ziel ist ein Ausbildungsplatz im Handwerk.'],
    variants: [{
      weight: 1,
      titles: ['BOFplus – Berufsorientierung für Flüchtlinge ({bereich})', 'Berufsorientierung für Flüchtlinge im Bereich {bereich}'],
      summaries: ['13 bis 26 Wochen in der überbetrieblichen Ausbildungsstätte: mehrere Gewerke praktisch kennenlernen, Fachsprache lernen und einen Ausbildungsplatz finden.'],
    }],
  }),
  defineProgramme({
    programme: P.BERUFSORIENTIERUNG, weight: 15, providers: [['EMPLOYMENT_AGENCY', 40], ['VOCATIONAL_TRAINER', 30], ['CHAMBER', 30]],
    duration: { kind: 'WEEKS', min: 1, max: 4 }, schedules: [['BLOCK_WEEK', 60], ['WEEKLY_AFTERNOON', 40]],
    capacity: [10, 20], cost: AGENCY, levels: { min: L.A1, max: null, target: null },
    formats: [[OfferFormat.IN_PERSON, 75], [OfferFormat.HYBRID, 15], [OfferFormat.ONLINE, 10]],
    languages: { chance: 0.6, max: 3 },
    closings: ['Mit Dolmetschenden nach Bedarf.', 'Im Anschluss individuelle Beratung zu Ausbildung und Anerkennung.'],
    variants: [
      {
        weight: 60, audiences: [A.YOUTH, A.YOUNG_ADULTS], minAge: 15, maxAge: 27,
        titles: ['Workshop: Ausbildung in Deutschland', 'Berufsorientierungswoche für junge Geflüchtete', 'Berufe entdecken: {bereich}'],
        summaries: ['Wie funktioniert die duale Ausbildung? Welche Berufe passen zu mir? Praxistage, Betriebsbesuche und Bewerbungstraining für junge Geflüchtete.'],
      },
      {
        weight: 40, audiences: [A.JOB_SEEKERS],
        titles: ['Berufsberatung für Geflüchtete', 'Orientierungskurs Arbeitsmarkt und Anerkennung'],
        summaries: ['Informationen zu Arbeitsmarkt, Anerkennung ausländischer Abschlüsse und Weiterbildung, mit persönlicher Beratung.'],
      },
    ],
  }),
  defineProgramme({
    programme: P.PRAKTIKUM, weight: 10, providers: [['COMPANY', 100]],
    duration: { kind: 'WEEKS', min: 2, max: 12 }, schedules: [['WORK_WEEK', 1]], capacity: [1, 2],
    cost: { freeAsZero: true, funding: [[[F.EMPLOYER], 1]], notes: [null, 'Unbezahltes Orientierungspraktikum.'] },
    audiences: [A.JOB_SEEKERS], minAge: 16, levels: { min: L.A2, max: null, target: null }, admitted: WORK_PERMIT_LIKELY,
    languages: { chance: 0.1, max: 1 },
    closings: ['Für ein Praktikum über drei Monate braucht es eine Erlaubnis der Ausländerbehörde.', 'Bewerbung mit kurzem Lebenslauf genügt.'],
    variants: [{
      weight: 1,
      titles: ['Praktikum als {beruf}', 'Schnupperpraktikum {beruf} in {ort}', 'Orientierungspraktikum im Bereich {bereich}'],
      summaries: ['Einblick in den Berufsalltag als {beruf}: mitarbeiten, Fragen stellen und herausfinden, ob eine Ausbildung passt.'],
    }],
  }),
];
