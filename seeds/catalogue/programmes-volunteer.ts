import { Audience as A, Funding as F, OfferFormat, Programme as P } from '../../src/offers/offer.enums';
import type { Weighted } from '../random';
import { defineProgramme } from './define-programme';
import type { CostModel, Duration, ProgrammeProfile } from './programme-profile';
import type { ProviderProfileKey } from './provider-profiles';

// Volunteer programmes rarely have fixed seats or terms (DOMAIN.md): ongoing, mostly open capacity, free.

const VOLUNTEER_PROVIDERS: Weighted<ProviderProfileKey> = [['HELPER_CIRCLE', 60], ['WELFARE', 20], ['MUNICIPALITY', 10], ['MIGRANT_ASSOCIATION', 10]];

const FREE: CostModel = {
  freeAsZero: true,
  funding: [[[F.DONATIONS], 60], [[F.DONATIONS, F.KOMMUNE], 25], [[F.LAND_BW, F.DONATIONS], 15]],
  notes: [null, null, 'Kostenlos.', 'Das Angebot ist kostenlos und wird ehrenamtlich getragen.'],
};

const ONGOING: Duration = { kind: 'ONGOING' };

const volunteer = {
  providers: VOLUNTEER_PROVIDERS,
  duration: ONGOING,
  cost: FREE,
  rollingEntryChance: 1,
  openCapacityChance: 0.75,
  capacity: [6, 20] as const,
  languages: { chance: 0.75, max: 3 },
};

export const VOLUNTEER_PROGRAMMES: readonly ProgrammeProfile[] = [
  defineProgramme({
    ...volunteer,
    programme: P.MENTORING, weight: 14, schedules: [['FLEXIBLE', 1]], capacity: [5, 15], openCapacityChance: 0.5,
    formats: [[OfferFormat.IN_PERSON, 85], [OfferFormat.HYBRID, 10], [OfferFormat.ONLINE, 5]],
    closings: ['Interessierte melden sich beim Koordinationsteam; wir bringen Tandems zusammen.', 'Die Patinnen und Paten werden geschult und begleitet.'],
    variants: [
      {
        weight: 60,
        titles: ['Patenschaftsprogramm „Ankommen in {ort}“', 'Mentoring für Geflüchtete', 'Patenschaften für neu Zugewanderte in {ort}'],
        summaries: ['Ehrenamtliche Patinnen und Paten begleiten Geflüchtete im Alltag: bei Post und Anträgen, auf dem Weg zu Ämtern und beim Kennenlernen des Ortes.'],
      },
      {
        weight: 25, audiences: [A.FAMILIES],
        titles: ['Familienpatenschaften in {ort}', 'Familien begleiten Familien'],
        summaries: ['Familien aus {ort} begleiten zugewanderte Familien: Kita, Schule, Vereine und Nachbarschaft gemeinsam entdecken.'],
      },
      {
        weight: 15, audiences: [A.YOUNG_ADULTS], minAge: 16, maxAge: 27,
        titles: ['Mentoring für junge Geflüchtete: Ausbildung und Beruf', 'Jobpatenschaften für junge Erwachsene'],
        summaries: ['Berufserfahrene Mentorinnen und Mentoren unterstützen junge Geflüchtete bei Bewerbungen, Praktikumssuche und in der Ausbildung.'],
      },
    ],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.SPRACHPATENSCHAFT, weight: 12, schedules: [['FLEXIBLE', 70], ['WEEKLY_EVENING', 30]],
    formats: [[OfferFormat.IN_PERSON, 80], [OfferFormat.ONLINE, 10], [OfferFormat.HYBRID, 10]],
    closings: ['Treffpunkt und Zeit verabreden die Tandems selbst.', 'Passt gut als Ergänzung zum Integrationskurs.'],
    variants: [{
      weight: 1,
      titles: ['Sprachpatenschaften: Deutsch üben im Tandem', 'Sprachpatinnen und Sprachpaten in {ort}', 'Deutsch-Tandem {am}'],
      summaries: ['Eine Sprachpatin oder ein Sprachpate übt mit Ihnen einmal pro Woche Deutsch – beim Spaziergang, beim Kaffee oder mit den Unterlagen aus dem Kurs.'],
    }],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.SPRACHCAFE, weight: 20, openCapacityChance: 0.95,
    schedules: [['WEEKLY_AFTERNOON', 50], ['WEEKLY_EVENING', 30], ['WEEKLY_MORNING', 20]],
    formats: [[OfferFormat.IN_PERSON, 95], [OfferFormat.ONLINE, 5]],
    closings: ['Ohne Anmeldung – kommen Sie einfach vorbei!', 'Kaffee, Tee und Kuchen gibt es gegen eine freiwillige Spende.', 'Alle Sprachniveaus sind willkommen.'],
    variants: [
      {
        weight: 75,
        titles: ['Sprachcafé {am}', 'Internationales Sprachcafé {ort}', 'Sprachcafé „Miteinander reden“', 'Erzählcafé Deutsch {am}'],
        summaries: ['Im Sprachcafé üben Geflüchtete und Einheimische gemeinsam Deutsch – in lockerer Runde an Tischen mit ehrenamtlichen Gesprächspartnern.'],
      },
      {
        weight: 25, audiences: [A.WOMEN], childcareChance: 0.5,
        titles: ['Sprachcafé für Frauen {am}', 'Frauen-Sprachcafé {ort}'],
        summaries: ['Deutsch sprechen unter Frauen: Alltagsthemen, Rezepte und Erfahrungen austauschen, Kinder dürfen mitkommen.'],
      },
    ],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.HOMEWORK_HELP, weight: 16, audiences: [A.CHILDREN], minAge: 6, maxAge: 16,
    providers: [['HELPER_CIRCLE', 50], ['WELFARE', 25], ['MIGRANT_ASSOCIATION', 15], ['MUNICIPALITY', 10]],
    schedules: [['HOMEWORK_AFTERNOONS', 40], ['TWICE_WEEKLY_AFTERNOON', 45], ['WEEKLY_AFTERNOON', 15]],
    capacity: [8, 20], openCapacityChance: 0.4,
    closings: ['Bitte Hausaufgabenheft und Schulsachen mitbringen.', 'Anmeldung durch die Eltern; wir sprechen uns mit den Lehrkräften ab.'],
    variants: [
      {
        weight: 60,
        titles: ['Hausaufgabenhilfe für Grundschulkinder {am}', 'Hausaufgabenbetreuung in {ort}', 'Lernhilfe für Schülerinnen und Schüler'],
        summaries: ['Ehrenamtliche helfen Schulkindern aus geflüchteten Familien bei Hausaufgaben, beim Lesen und beim Lernen für Klassenarbeiten.'],
      },
      {
        weight: 40, minAge: 10, maxAge: 18, audiences: [A.CHILDREN, A.YOUTH],
        titles: ['Nachhilfe Mathe und Deutsch für Jugendliche', 'Lerntreff für Schülerinnen und Schüler ab Klasse 5'],
        summaries: ['Individuelle Nachhilfe in Mathematik, Deutsch und Englisch für Jugendliche – auch zur Vorbereitung auf den Hauptschulabschluss.'],
      },
    ],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.PLAY_GROUP, weight: 8, audiences: [A.CHILDREN, A.FAMILIES], minAge: 0, maxAge: 6,
    providers: [['HELPER_CIRCLE', 45], ['WELFARE', 35], ['MUNICIPALITY', 20]],
    schedules: [['WEEKLY_MORNING', 70], ['WEEKLY_AFTERNOON', 30]], capacity: [6, 14], openCapacityChance: 0.5,
    closings: ['Eltern bleiben während der Spielgruppe dabei.', 'Ein guter erster Schritt vor dem Kindergarten.'],
    variants: [{
      weight: 1,
      titles: ['Spielgruppe für Kinder mit Fluchterfahrung', 'Eltern-Kind-Spielgruppe {am}', 'Krabbel- und Spielgruppe „Kleine Welt“'],
      summaries: ['Kinder bis sechs Jahre spielen, singen und basteln gemeinsam; Eltern lernen andere Familien kennen und erfahren mehr über Kita und Kindergarten.'],
    }],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.SPORT, weight: 10, providers: [['SPORTS_CLUB', 100]],
    schedules: [['WEEKLY_EVENING', 60], ['WEEKLY_AFTERNOON', 25], ['SATURDAY', 15]], openCapacityChance: 0.6, capacity: [10, 25],
    cost: {
      freeAsZero: true,
      funding: [[[F.DONATIONS], 40], [[F.LAND_BW, F.DONATIONS], 40], [[F.KOMMUNE], 20]],
      notes: [null, 'Probetraining kostenlos; der Vereinsbeitrag im ersten Jahr wird übernommen.', 'Sportkleidung kann gestellt werden.'],
    },
    closings: ['Teil des Programms „Integration durch Sport“.', 'Einfach zum Probetraining kommen.'],
    variants: [
      {
        weight: 50,
        titles: ['Integration durch Sport: Fußball für alle', 'Offenes Fußballtraining {am}', 'Volleyball für Neuzugewanderte'],
        summaries: ['Gemeinsam trainieren, Kontakte knüpfen und im Verein ankommen: offenes Training für Erwachsene mit und ohne Fluchterfahrung.'],
      },
      {
        weight: 25, audiences: [A.WOMEN],
        titles: ['Schwimmkurs für Frauen', 'Frauensport: Gymnastik und Fitness {am}'],
        summaries: ['Sportangebot nur für Frauen mit Trainerin, in geschütztem Rahmen.'],
      },
      {
        weight: 25, audiences: [A.CHILDREN, A.YOUTH], minAge: 6, maxAge: 17,
        titles: ['Kinder- und Jugendtraining „Alle kicken mit“', 'Kinderturnen für neu zugezogene Familien'],
        summaries: ['Bewegung, Spiel und Teamgeist für Kinder und Jugendliche – der Verein hilft bei der Anmeldung und beim Beitrag.'],
      },
    ],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.WOMENS_MEETING_POINT, weight: 9, audiences: [A.WOMEN], childcareChance: 0.6,
    providers: [['HELPER_CIRCLE', 40], ['MIGRANT_ASSOCIATION', 30], ['WELFARE', 20], ['MUNICIPALITY', 10]],
    schedules: [['WEEKLY_MORNING', 55], ['WEEKLY_AFTERNOON', 45]],
    closings: ['Nur für Frauen; Kinder werden nebenan betreut.', 'Jede Woche ein anderes Thema – von Gesundheit bis Schule.'],
    variants: [
      {
        weight: 60,
        titles: ['Frauentreff „Begegnung“ {am}', 'Internationales Frauencafé {ort}', 'Frauenfrühstück {am}'],
        summaries: ['Treffpunkt für Frauen aus aller Welt: reden, Fragen klären, Kontakte knüpfen und gemeinsam Ausflüge planen.'],
      },
      {
        weight: 40,
        titles: ['Gemeinsam kochen – Frauentreff {am}', 'Internationale Küche: Kochtreff für Frauen'],
        summaries: ['Frauen kochen Rezepte aus ihren Herkunftsländern und aus Baden-Württemberg und üben dabei Deutsch.'],
      },
    ],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.MOBILITY_HELP, weight: 6, providers: [['HELPER_CIRCLE', 75], ['MUNICIPALITY', 15], ['WELFARE', 10]],
    schedules: [['SATURDAY', 50], ['WEEKLY_AFTERNOON', 25], ['FLEXIBLE', 25]],
    closings: ['Gespendete Fahrräder werden gegen einen kleinen Beitrag abgegeben.', 'Bitte rechtzeitig vorher Bescheid geben.'],
    variants: [
      {
        weight: 55,
        titles: ['Fahrradwerkstatt für Geflüchtete {am}', 'Offene Fahrradwerkstatt {ort}'],
        summaries: ['Unter Anleitung Ehrenamtlicher reparieren Sie Ihr Fahrrad selbst; Werkzeug und Ersatzteile sind vorhanden.'],
      },
      {
        weight: 25, audiences: [A.WOMEN],
        titles: ['Fahrradkurs für Frauen', 'Radfahren lernen – Kurs für Frauen in {ort}'],
        summaries: ['Radfahren lernen in kleinen Gruppen, mit Verkehrsregeln und sicherer Fahrt zur Arbeit oder zum Kurs.'],
      },
      {
        weight: 20,
        titles: ['Ehrenamtlicher Fahrdienst zu Terminen', 'Fahrdienst für Arzt- und Behördentermine'],
        summaries: ['Ehrenamtliche fahren Sie zu Terminen, die mit Bus und Bahn schwer erreichbar sind – etwa in die Kreisstadt oder zur Fachärztin.'],
      },
    ],
  }),
  defineProgramme({
    ...volunteer,
    programme: P.INTERPRETING, weight: 5, providers: [['HELPER_CIRCLE', 40], ['MUNICIPALITY', 35], ['MIGRANT_ASSOCIATION', 25]],
    schedules: [['FLEXIBLE', 1]], openCapacityChance: 1,
    formats: [[OfferFormat.IN_PERSON, 80], [OfferFormat.HYBRID, 20]],
    languages: { chance: 1, max: 5 },
    closings: ['Bitte mindestens eine Woche vorher anfragen.', 'Die Sprachmittlerinnen und Sprachmittler sind zur Verschwiegenheit verpflichtet.'],
    variants: [{
      weight: 1,
      titles: ['Ehrenamtlicher Dolmetscherpool {ort}', 'Sprachmittlung bei Arzt- und Behördenterminen', 'Dolmetschen im Ehrenamt – Terminbegleitung'],
      summaries: ['Geschulte Ehrenamtliche begleiten zu Terminen bei Ärzten, Schulen und Behörden und übersetzen mündlich.'],
    }],
  }),
];
