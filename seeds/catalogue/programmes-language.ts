import { Audience as A, Funding as F, OfferFormat, Programme as P } from '../../src/offers/offer.enums';
import { CefrLevel as L } from '../../src/vocabulary/cefr-level';
import type { Weighted } from '../random';
import { defineProgramme } from './define-programme';
import { INTEGRATION_COURSE, JOB_RELATED_LANGUAGE } from './eligibility';
import type { CostModel, ProgrammeProfile } from './programme-profile';
import type { ProviderProfileKey } from './provider-profiles';

// Integrationskurse (IntV) and Berufssprachkurse (DeuFöV); UE figures from DOMAIN.md.

const INTEGRATION_PROVIDERS: Weighted<ProviderProfileKey> = [['VHS', 50], ['LANGUAGE_SCHOOL', 40], ['WELFARE', 10]];
const INTEGRATION_FORMATS: Weighted<OfferFormat> = [[OfferFormat.IN_PERSON, 88], [OfferFormat.HYBRID, 7], [OfferFormat.ONLINE, 5]];

const INTEGRATION_COST: CostModel = {
  perUnit: 2.29,
  freeAsZero: false,
  funding: [[[F.BAMF], 1]],
  notes: [
    'Kostenbeitrag 2,29 € pro UE ({gebuehr} insgesamt), sofern keine Befreiung vorliegt. Bei Bezug von Bürgergeld oder Sozialhilfe ist eine Befreiung auf Antrag möglich.',
    'Kostenbeitrag 2,29 € pro UE. Befreite Teilnehmende erhalten einen Fahrtkostenzuschuss, wenn sie mehr als 5 km vom Kursort entfernt wohnen.',
    'Kostenbeitrag 2,29 € pro UE ({gebuehr}); für viele Teilnehmende kostenlos. Wir helfen beim Antrag auf Kostenbefreiung.',
  ],
};

const INTEGRATION_CLOSINGS = [
  'Vor Kursbeginn machen alle Teilnehmenden einen Einstufungstest.',
  'Der Kurs endet mit dem Deutsch-Test für Zuwanderer (DTZ) und dem Test „Leben in Deutschland“.',
  'Bitte bringen Sie Ihren Berechtigungsschein oder Ihre Verpflichtung zur Anmeldung mit.',
  'Anmeldung und Beratung persönlich oder telefonisch; Termine für den Einstufungstest jede Woche.',
];

const JOB_COST: CostModel = {
  freeAsZero: true,
  funding: [[[F.BAMF], 1]],
  notes: [
    'Kostenlos für Arbeitsuchende und Auszubildende. Beschäftigte mit höherem Einkommen zahlen 50 % des Kostensatzes.',
    'Die Teilnahme ist in der Regel kostenlos. Zulassung über Agentur für Arbeit, Jobcenter oder – für Beschäftigte – das BAMF.',
  ],
};

const JOB_CLOSINGS = [
  'Der Kurs endet mit der Prüfung Deutsch-Test für den Beruf (DTB).',
  'Sie brauchen eine Teilnahmeberechtigung von Agentur für Arbeit, Jobcenter oder BAMF.',
];

/** Courses for job seekers may include a practical day; not for trainees or people in recognition. */
const JOB_SEEKER_CLOSINGS = [...JOB_CLOSINGS, 'Ein Praktikumstag pro Woche kann nach Absprache eingebaut werden.'];

const integration = {
  providers: INTEGRATION_PROVIDERS,
  formats: INTEGRATION_FORMATS,
  cost: INTEGRATION_COST,
  admitted: INTEGRATION_COURSE,
  closings: INTEGRATION_CLOSINGS,
  duration: { kind: 'UNITS' } as const,
  rollingEntryChance: 0.3,
  languages: { chance: 0.6, max: 3 },
};

const jobRelated = {
  formats: [[OfferFormat.IN_PERSON, 70], [OfferFormat.ONLINE, 15], [OfferFormat.HYBRID, 15]] as Weighted<OfferFormat>,
  cost: JOB_COST,
  admitted: JOB_RELATED_LANGUAGE,
  closings: JOB_CLOSINGS,
  duration: { kind: 'UNITS' } as const,
  schedules: [['FULL_TIME', 40], ['PART_TIME_AFTERNOON', 15], ['EVENING', 30], ['WEEKEND', 15]] as const,
  capacity: [15, 25] as const,
  languages: { chance: 0.3, max: 2 },
  audiences: [A.JOB_SEEKERS, A.EMPLOYED],
};

export const LANGUAGE_PROGRAMMES: readonly ProgrammeProfile[] = [
  defineProgramme({
    ...integration,
    programme: P.INTEGRATIONSKURS_ALLGEMEIN, weight: 36, units: 700, capacity: [18, 25],
    levels: { min: null, max: L.A2, target: L.B1 },
    schedules: [['FULL_TIME', 40], ['PART_TIME_MORNING', 20], ['PART_TIME_AFTERNOON', 15], ['EVENING', 15], ['WEEKEND', 10]],
    variants: [
      {
        weight: 70,
        titles: ['Integrationskurs allgemein (B1) – {zeit}', 'Allgemeiner Integrationskurs – {zeit}', 'Integrationskurs in {ort} – {zeit}', 'Integrationskurs allgemein, Start {monat}'],
        summaries: [
          'Allgemeiner Integrationskurs: 600 UE Deutsch in sechs Modulen und 100 UE Orientierungskurs zu Alltag, Geschichte und Gesellschaft in Deutschland.',
          'Sie lernen Deutsch für Alltag, Arbeit und Behörden – vom ersten Wort bis zum Niveau B1. Dazu kommen 100 UE Orientierungskurs.',
        ],
      },
      {
        weight: 20, units: 400, levels: { min: L.A1, max: L.A2, target: L.B1 },
        titles: ['Integrationskurs allgemein – Einstieg ab Modul 4 ({zeit})', 'Integrationskurs Aufbaumodule 4–6 mit Orientierungskurs'],
        summaries: ['Quereinstieg in die Aufbaumodule 4 bis 6 (300 UE) und den Orientierungskurs (100 UE) für alle, die laut Einstufungstest schon Grundkenntnisse haben.'],
      },
      {
        weight: 10, audiences: [A.EMPLOYED], schedules: [['EVENING', 70], ['WEEKEND', 30]],
        titles: ['Integrationskurs für Berufstätige – {zeit}', 'Abend-Integrationskurs allgemein (B1)'],
        summaries: ['Integrationskurs mit Unterricht nach Feierabend oder am Wochenende, für alle, die tagsüber arbeiten: 600 UE Deutsch und 100 UE Orientierungskurs.'],
      },
    ],
  }),
  defineProgramme({
    ...integration,
    programme: P.INTEGRATIONSKURS_JUGEND, weight: 5, units: 1000, capacity: [15, 22],
    levels: { min: null, max: L.A2, target: L.B1 }, audiences: [A.YOUNG_ADULTS],
    // Under 27 (DOMAIN.md); in BW the vocational-school obligation runs to 18, so younger people go to VABO.
    minAge: 18, maxAge: 26,
    schedules: [['FULL_TIME', 80], ['PART_TIME_AFTERNOON', 20]],
    variants: [{
      weight: 1,
      titles: ['Jugendintegrationskurs (B1) – {zeit}', 'Jugendintegrationskurs für junge Erwachsene bis 27', 'Deutsch für junge Erwachsene – Jugendintegrationskurs in {ort}'],
      summaries: ['Integrationskurs für junge Erwachsene unter 27, die nicht mehr schulpflichtig sind: bis zu 900 UE Deutsch und 100 UE Orientierungskurs, mit Blick auf Schule, Ausbildung und Beruf.'],
    }],
  }),
  defineProgramme({
    ...integration,
    programme: P.INTEGRATIONSKURS_ELTERN_FRAUEN, weight: 8, units: 1000, capacity: [12, 20],
    levels: { min: null, max: L.A2, target: L.B1 },
    schedules: [['PART_TIME_MORNING', 80], ['FULL_TIME', 20]],
    variants: [
      {
        weight: 35, audiences: [A.WOMEN], childcareChance: 0.8,
        titles: ['Frauenintegrationskurs mit Kinderbetreuung', 'Frauenintegrationskurs (B1) – {zeit}', 'Integrationskurs für Frauen in {ort}'],
        summaries: ['Integrationskurs nur für Frauen: bis zu 900 UE Deutsch und 100 UE Orientierungskurs, in ruhiger Atmosphäre und zu familienfreundlichen Zeiten.'],
      },
      {
        weight: 35, audiences: [A.PARENTS], childcareChance: 0.85,
        titles: ['Elternintegrationskurs – {zeit}', 'Integrationskurs für Eltern (B1)', 'Elternintegrationskurs mit Kinderbetreuung'],
        summaries: ['Integrationskurs für Mütter und Väter: Deutsch rund um Kita, Schule, Arztbesuch und Erziehung, bis zu 900 UE plus 100 UE Orientierungskurs.'],
      },
      {
        weight: 30, audiences: [A.WOMEN, A.PARENTS], childcareChance: 0.9,
        titles: ['Eltern- und Frauenintegrationskurs – {zeit}', 'Eltern- und Frauenintegrationskurs mit Kinderbetreuung'],
        summaries: ['Kurszeiten passend zu Kindergarten und Schule: bis zu 900 UE Deutsch und 100 UE Orientierungskurs für Frauen und Eltern.'],
      },
    ],
  }),
  defineProgramme({
    ...integration,
    programme: P.INTEGRATIONSKURS_ALPHABETISIERUNG, weight: 8, units: 1000, capacity: [10, 16],
    formats: [[OfferFormat.IN_PERSON, 1]],
    // The course aims at B1 on paper; most participants leave with DTZ A2, so A2 is the honest target.
    levels: { min: null, max: L.A1, target: L.A2 }, audiences: [A.NON_LITERATE],
    schedules: [['FULL_TIME', 50], ['PART_TIME_MORNING', 50]],
    languages: { chance: 0.7, max: 3 },
    variants: [{
      weight: 1,
      titles: ['Alphabetisierungskurs (Integrationskurs mit Alphabetisierung)', 'Integrationskurs mit Alphabetisierung – {zeit}', 'Lesen und Schreiben lernen: Alphabetisierungskurs in {ort}'],
      summaries: ['Für Menschen, die in keiner Schrift lesen und schreiben gelernt haben: Lesen, Schreiben und Deutsch in kleinen Gruppen mit höchstens 16 Personen, bis zu 900 UE plus 100 UE Orientierungskurs.'],
    }],
  }),
  defineProgramme({
    ...integration,
    programme: P.INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE, weight: 3, units: 1000, capacity: [12, 20],
    levels: { min: null, max: L.A1, target: L.B1 },
    schedules: [['FULL_TIME', 60], ['PART_TIME_MORNING', 40]],
    variants: [{
      weight: 1,
      titles: ['Integrationskurs für Zweitschriftlernende – {zeit}', 'Zweitschriftlernerkurs: Deutsch und lateinische Schrift'],
      summaries: ['Für alle, die in einer anderen Schrift – etwa Arabisch, Persisch oder Kyrillisch – lesen und schreiben und das lateinische Alphabet neu lernen: bis zu 900 UE Deutsch und 100 UE Orientierungskurs.'],
    }],
  }),
  defineProgramme({
    ...integration,
    programme: P.INTEGRATIONSKURS_FOERDERKURS, weight: 2, units: 1000, capacity: [12, 18],
    levels: { min: null, max: L.A2, target: L.B1 },
    schedules: [['FULL_TIME', 50], ['PART_TIME_MORNING', 50]],
    variants: [{
      weight: 1,
      titles: ['Förderkurs (Integrationskurs) – {zeit}', 'Integrationskurs als Förderkurs mit Lernbegleitung'],
      summaries: ['Integrationskurs für Teilnehmende mit besonderem Förderbedarf, etwa nach langer Lernpause: kleinere Schritte, mehr Wiederholung, bis zu 900 UE Deutsch und 100 UE Orientierungskurs.'],
    }],
  }),
  defineProgramme({
    ...integration,
    // 400 UE language + 30 UE orientation as practised (DOMAIN.md ⚠: the law text says 100).
    programme: P.INTEGRATIONSKURS_INTENSIV, weight: 3, units: 430, capacity: [16, 25],
    levels: { min: L.A1, max: L.A2, target: L.B1 },
    schedules: [['FULL_TIME', 1]], rollingEntryChance: 0,
    variants: [{
      weight: 1,
      titles: ['Intensivkurs (Integrationskurs) – Vollzeit', 'Intensiv-Integrationskurs B1 für schnell Lernende'],
      summaries: ['Für schnell Lernende mit guter Schulbildung: 400 UE Deutsch und 30 UE Orientierungskurs im Vollzeittempo. Voraussetzung ist ein passendes Ergebnis im Einstufungstest.'],
    }],
  }),
  defineProgramme({
    ...jobRelated,
    programme: P.BERUFSSPRACHKURS_BASIS, weight: 10, units: 400, providers: [['LANGUAGE_SCHOOL', 60], ['VHS', 40]], closings: JOB_SEEKER_CLOSINGS,
    levels: { min: L.B1, max: L.B1, target: L.B2 },
    variants: [
      {
        weight: 60,
        titles: ['Berufssprachkurs B1–B2 – {zeit}', 'Berufsbezogenes Deutsch B2 (Basismodul) – {zeit}', 'Deutsch für den Beruf B2 in {ort}'],
        summaries: ['Basismodul der Berufssprachkurse: 400 UE Deutsch für Bewerbung, Arbeitsalltag und Gespräche im Betrieb, von B1 zu B2.'],
      },
      {
        weight: 30, levels: { min: L.B2, max: L.B2, target: L.C1 },
        titles: ['Berufssprachkurs B2–C1 – {zeit}', 'Berufsbezogenes Deutsch C1 (Basismodul)'],
        summaries: ['Basismodul B2 zu C1: 400 UE für anspruchsvolle Kommunikation im Beruf, Fachtexte und Besprechungen.'],
      },
      {
        weight: 10, levels: { min: L.C1, max: L.C1, target: L.C2 },
        titles: ['Berufssprachkurs C1–C2 – {zeit}'],
        summaries: ['Basismodul C1 zu C2: 400 UE für Fach- und Führungskräfte mit sehr guten Vorkenntnissen.'],
      },
    ],
  }),
  defineProgramme({
    ...jobRelated,
    programme: P.BERUFSSPRACHKURS_SPEZIAL_A2, weight: 3, units: 400, providers: [['LANGUAGE_SCHOOL', 50], ['VHS', 50]], closings: JOB_SEEKER_CLOSINGS,
    levels: { min: L.A1, max: L.A1, target: L.A2 },
    variants: [{
      weight: 1,
      titles: ['Berufssprachkurs Spezialmodul A2 – {zeit}', 'Berufssprachkurs A2 nach dem Integrationskurs'],
      summaries: ['Spezialmodul für alle, die den Integrationskurs unter A2 abgeschlossen haben: 400 UE mit Ziel A2 und Prüfung DTB A2.'],
    }],
  }),
  defineProgramme({
    ...jobRelated,
    programme: P.BERUFSSPRACHKURS_SPEZIAL_B1, weight: 5, units: 400, providers: [['LANGUAGE_SCHOOL', 50], ['VHS', 50]], closings: JOB_SEEKER_CLOSINGS,
    levels: { min: L.A2, max: L.A2, target: L.B1 },
    variants: [{
      weight: 1,
      titles: ['Berufssprachkurs Spezialmodul B1 – {zeit}', 'Berufssprachkurs B1 nach dem Integrationskurs'],
      summaries: ['Spezialmodul für alle, die den Integrationskurs mit A2 abgeschlossen haben: 400 UE Deutsch für den Beruf mit Ziel B1.'],
    }],
  }),
  defineProgramme({
    ...jobRelated,
    programme: P.BERUFSSPRACHKURS_ANERKENNUNG, weight: 3, units: 600, audiences: [A.ACADEMICS],
    providers: [['LANGUAGE_SCHOOL', 70], ['VHS', 15], ['VOCATIONAL_TRAINER', 15]],
    levels: { min: L.B1, max: L.B1, target: L.B2 },
    variants: [
      {
        weight: 55,
        titles: ['Deutsch für Pflegefachkräfte (Berufssprachkurs B2)', 'Berufssprachkurs Pflege – Vorbereitung auf die Anerkennung'],
        summaries: ['Spezialmodul für Pflegefachkräfte im Anerkennungsverfahren: Fachsprache, Dokumentation und Gespräche mit Patientinnen und Patienten, bis zu 600 UE.'],
      },
      {
        weight: 25, levels: { min: L.B2, max: L.B2, target: L.C1 },
        titles: ['Fachsprache Medizin (C1) – Vorbereitung auf die Fachsprachprüfung', 'Berufssprachkurs für akademische Heilberufe (C1)'],
        summaries: ['Spezialmodul für Ärztinnen, Ärzte und Apotheker im Anerkennungsverfahren: Anamnese, Arztbrief und Fachgespräch, bis zu 600 UE.'],
      },
      {
        weight: 20, units: 400,
        titles: ['Berufssprachkurs für pädagogische Fachkräfte (Anerkennung)'],
        summaries: ['Spezialmodul für Erzieherinnen, Erzieher und Lehrkräfte, deren Abschluss anerkannt werden soll: 400 UE Fachsprache für Kita und Schule.'],
      },
    ],
  }),
  defineProgramme({
    ...jobRelated,
    programme: P.BERUFSSPRACHKURS_GEWERBE_TECHNIK, weight: 2, units: 300, closings: JOB_SEEKER_CLOSINGS,
    providers: [['LANGUAGE_SCHOOL', 50], ['VOCATIONAL_TRAINER', 30], ['VHS', 20]],
    levels: { min: L.B1, max: L.B1, target: L.B2 },
    variants: [{
      weight: 1,
      titles: ['Berufssprachkurs Gewerbe-Technik – {zeit}', 'Deutsch für Handwerk und Technik (Berufssprachkurs)'],
      summaries: ['Fachspezifisches Spezialmodul mit 300 UE: Werkzeuge, Arbeitssicherheit, Aufträge und Kundengespräche in Handwerk und Technik.'],
    }],
  }),
  defineProgramme({
    ...jobRelated,
    // BAMF approves each Azubi course with its own hours (often one vocational-school year): no fixed UE.
    programme: P.BERUFSSPRACHKURS_AZUBI, weight: 2, units: null, capacity: [7, 16], duration: { kind: 'SCHOOL_YEAR' },
    providers: [['LANGUAGE_SCHOOL', 50], ['VOCATIONAL_TRAINER', 30], ['CHAMBER', 20]],
    levels: { min: L.A2, max: L.B2, target: L.B2 }, audiences: [A.TRAINEES],
    schedules: [['WEEKLY_AFTERNOON', 60], ['WEEKLY_EVENING', 40]],
    closings: ['Der Kurs wird mit der Berufsschule und dem Ausbildungsbetrieb abgestimmt.', 'Sie brauchen eine Teilnahmeberechtigung des BAMF; der Ausbildungsbetrieb hilft beim Antrag.'],
    variants: [{
      weight: 1,
      titles: ['Azubi-Berufssprachkurs – Deutsch in der Ausbildung', 'Azubi-BSK {bereich}', 'Sprachförderung für Auszubildende ({bereich})'],
      summaries: ['Ausbildungsbegleitender Berufssprachkurs für Auszubildende im Bereich {bereich}: Fachwortschatz, Berufsschulstoff und Vorbereitung auf Zwischen- und Abschlussprüfung. Start ab sieben Teilnehmenden.'],
    }],
  }),
  defineProgramme({
    programme: P.COMMUNITY_COURSE, weight: 10,
    providers: [['HELPER_CIRCLE', 45], ['MUNICIPALITY', 20], ['WELFARE', 20], ['MIGRANT_ASSOCIATION', 15]],
    schedules: [['WEEKLY_MORNING', 30], ['WEEKLY_AFTERNOON', 30], ['WEEKLY_EVENING', 25], ['TWICE_WEEKLY_AFTERNOON', 15]],
    duration: { kind: 'ONGOING' }, rollingEntryChance: 1, capacity: [8, 20], openCapacityChance: 0.5,
    levels: { min: null, max: L.A2, target: null },
    formats: [[OfferFormat.IN_PERSON, 92], [OfferFormat.ONLINE, 8]],
    languages: { chance: 0.7, max: 3 },
    cost: {
      freeAsZero: true, flat: [10, 40], feeChance: 0.2,
      funding: [[[F.DONATIONS], 45], [[F.KOMMUNE], 30], [[F.LAND_BW, F.KOMMUNE], 15], [[F.DONATIONS, F.KOMMUNE], 10]],
      notes: [null, 'Kostenlos; nur Material wird gegen eine kleine Spende ausgegeben.', 'Einmaliger Beitrag für das Lehrbuch, auf Nachfrage erlassen.'],
    },
    closings: ['Ohne Anmeldung, ohne Voraussetzungen, kein Zertifikat – einfach vorbeikommen.', 'Ideal zum Überbrücken der Wartezeit auf einen Integrationskurs.', 'Ehrenamtliche Lehrkräfte unterrichten in kleinen Gruppen.'],
    variants: [
      {
        weight: 60,
        titles: ['Deutschkurs für Anfängerinnen und Anfänger', 'Offener Deutschtreff {am}', 'Deutsch lernen {am}', 'Ehrenamtlicher Deutschkurs in {ort}'],
        summaries: ['Offener Deutschkurs für Erwachsene ohne oder mit wenigen Vorkenntnissen: Alltagsdeutsch zum Einkaufen, für Arzttermine und Behördengänge.'],
      },
      {
        weight: 25, audiences: [A.WOMEN], childcareChance: 0.6,
        titles: ['Deutsch im Alltag – Frauenkurs {am}', 'Deutschkurs für Frauen mit Kinderbetreuung'],
        summaries: ['Deutschkurs nur für Frauen, in entspannter Runde und mit viel Sprechpraxis.'],
      },
      {
        weight: 15, levels: { min: L.A2, max: L.B1, target: null },
        titles: ['Konversationskurs Deutsch (A2/B1)', 'Deutsch üben für Fortgeschrittene {am}'],
        summaries: ['Gesprächsrunde für alle, die schon etwas Deutsch können und freier sprechen möchten.'],
      },
    ],
  }),
];
