import type { Weighted } from '../random';

// Short free texts of a client's profile, in the words a manager would type. They never name a
// country: origin is a special category and lives only in its encrypted column.

export const SCHOOLING_ADULT: Weighted<string> = [
  ['Keine formale Schulbildung', 6],
  ['4 Jahre Grundschule', 6],
  ['6 Jahre Schule', 8],
  ['9 Jahre Schule', 14],
  ['12 Jahre Schule, Abitur', 18],
  ['Mittlere Reife (11 Jahre Schule)', 12],
  ['Berufsschule, Abschluss als Fachkraft', 10],
  ['Studium begonnen, nicht abgeschlossen', 8],
  ['Bachelor (Wirtschaft)', 5],
  ['Bachelor (Ingenieurwesen)', 4],
  ['Master (Lehramt)', 3],
  ['Studium Medizin, Abschluss', 2],
];

export const SCHOOLING_YOUNG: Weighted<string> = [
  ['Schulbesuch unterbrochen (Flucht), 7 Jahre Schule', 30],
  ['9 Jahre Schule', 25],
  ['Besuch einer VABO-Klasse', 25],
  ['11 Jahre Schule, ohne Abschluss', 15],
  ['Keine formale Schulbildung', 5],
];

export const WORK_BACKGROUNDS: Weighted<string> = [
  ['Keine Berufserfahrung', 14],
  ['Landwirtschaft, mehrere Jahre', 8],
  ['Schneiderei, 6 Jahre', 5],
  ['Friseurhandwerk', 5],
  ['Bauhelfer, Trockenbau', 7],
  ['Lkw-Fahrer', 5],
  ['Koch in einem Restaurant', 5],
  ['Verkauf im eigenen Laden', 6],
  ['Krankenpflege', 4],
  ['Grundschullehrerin', 3],
  ['Elektriker', 4],
  ['Buchhaltung', 4],
  ['IT-Support', 3],
  ['Kfz-Mechaniker', 4],
  ['Reinigungskraft', 5],
  ['Hausfrau/Hausmann, Kinderbetreuung', 8],
  ['Lagerlogistik', 4],
];

export const WORK_BACKGROUNDS_YOUNG: Weighted<string> = [
  ['Keine Berufserfahrung', 80],
  ['Aushilfe in der Landwirtschaft', 10],
  ['Aushilfe im Verkauf', 10],
];

export const HEALTH_NEEDS = [
  'Diabetes Typ 2, regelmäßige Kontrolle nötig',
  'Eingeschränkte Mobilität, Gehhilfe',
  'Psychotherapeutische Anbindung gewünscht',
  'Sehbehinderung, Brille fehlt',
  'Schwangerschaft, Entbindung im Frühjahr erwartet',
  'Hörgerät benötigt',
  'Chronische Rückenschmerzen',
  'Bluthochdruck, Medikation eingestellt',
  'Asthma',
  'Schlafstörungen, belastet durch Fluchterfahrung',
] as const;

export const CLOSED_REASONS: Weighted<string> = [
  ['Umzug in einen anderen Landkreis', 30],
  ['Ziele des Integrationsplans erreicht', 25],
  ['Betreuung auf eigenen Wunsch beendet', 15],
  ['Kein Kontakt mehr seit über sechs Monaten', 15],
  ['Übergang in die Migrationsberatung für Erwachsene (MBE)', 10],
  ['Förderzeitraum abgelaufen', 5],
];

/** Certificates that prove a level, by level (DTZ gives A2 or B1; DTB A2 to C1). */
export const CERTIFICATES: Readonly<Record<string, readonly string[]>> = {
  A1: ['Goethe-Zertifikat A1: Start Deutsch 1', 'telc Deutsch A1'],
  A2: ['Deutsch-Test für Zuwanderer (DTZ) A2', 'VABO-Sprachstandsfeststellung A2'],
  B1: ['Deutsch-Test für Zuwanderer (DTZ) B1', 'Zertifikat Integrationskurs', 'VABO-Sprachstandsfeststellung B1'],
  B2: ['Deutsch-Test für den Beruf (DTB) B2', 'telc Deutsch B2'],
  C1: ['Deutsch-Test für den Beruf (DTB) C1', 'telc Deutsch C1 Hochschule'],
  C2: ['Goethe-Zertifikat C2'],
};
