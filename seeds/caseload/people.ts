import { ResidenceStatus } from '../../src/vocabulary/residence-status';
import type { Weighted } from '../random';

// Names for generated people. Given names are common ones of each country; every family name is
// invented around "Beispiel", "Muster", "Probe", "Demo" or "Test", so no generated person can be
// mistaken for (or collide with) anyone real.

export interface Origin {
  /** German country name: what `origin_country_encrypted` holds. */
  country: string;
  givenNames: readonly string[];
  familyNames: readonly string[];
  /** First language by weight, then further ones each with its own chance (ISO 639-1, or 639-3 where 639-1 has none). */
  firstLanguages: Weighted<string>;
  moreLanguages: ReadonlyArray<readonly [string, number]>;
  residence: Weighted<ResidenceStatus>;
  /** Share who read and write the Latin script (Cyrillic, Arabic and Ge'ez script users learn it later). */
  latinLiterate: number;
  /** Earliest plausible arrival, ISO date. */
  arrivedFrom: string;
}

/** Rough shares of the people Integrationsmanager in BW counsel, by country of origin. */
export const ORIGINS: Weighted<Origin> = [
  [{
    country: 'Ukraine',
    givenNames: ['Olena', 'Iryna', 'Oksana', 'Nataliia', 'Tetiana', 'Yuliia', 'Anastasiia', 'Svitlana', 'Andrii', 'Oleksandr', 'Dmytro', 'Serhii', 'Mykola', 'Viktoriia'],
    familyNames: ['Musterenko', 'Beispielchuk', 'Probenko', 'Demovych', 'Testiuk', 'Beispielko'],
    firstLanguages: [['uk', 80], ['ru', 20]],
    moreLanguages: [['ru', 0.5], ['en', 0.3]],
    residence: [[ResidenceStatus.AE_24, 95], [ResidenceStatus.AE_18FF, 3], [ResidenceStatus.AE_28FF, 2]],
    latinLiterate: 0.9,
    arrivedFrom: '2022-02-24',
  }, 28],
  [{
    country: 'Syrien',
    givenNames: ['Ahmad', 'Mohammad', 'Omar', 'Khaled', 'Yousef', 'Rami', 'Hassan', 'Fatima', 'Aya', 'Rana', 'Lina', 'Nour', 'Hala', 'Maryam'],
    familyNames: ['Al-Beispieli', 'Musterani', 'Probehani', 'Demowi', 'Al-Testani', 'Beispielhadi'],
    firstLanguages: [['ar', 85], ['ku', 15]],
    moreLanguages: [['ar', 0.1], ['en', 0.25], ['tr', 0.05]],
    residence: [[ResidenceStatus.AE_25_2, 70], [ResidenceStatus.AE_25_1, 6], [ResidenceStatus.AE_25_3, 6], [ResidenceStatus.AE_28FF, 8], [ResidenceStatus.AUFENTHALTSGESTATTUNG, 6], [ResidenceStatus.NIEDERLASSUNGSERLAUBNIS, 4]],
    latinLiterate: 0.6,
    arrivedFrom: '2015-01-01',
  }, 24],
  [{
    country: 'Afghanistan',
    givenNames: ['Ahmad', 'Mohammad', 'Ali', 'Hamid', 'Farid', 'Jawad', 'Zahra', 'Fatima', 'Mariam', 'Shabnam', 'Sediqa', 'Nadia', 'Mursal', 'Hassan'],
    familyNames: ['Beispielzadeh', 'Musterzai', 'Probekhil', 'Demoyar', 'Testzada', 'Beispieli'],
    firstLanguages: [['prs', 45], ['fa', 25], ['ps', 30]],
    moreLanguages: [['fa', 0.15], ['en', 0.2], ['ur', 0.05]],
    residence: [[ResidenceStatus.AE_25_2, 35], [ResidenceStatus.AUFENTHALTSGESTATTUNG, 25], [ResidenceStatus.AE_25_3, 15], [ResidenceStatus.AE_23_2, 10], [ResidenceStatus.DULDUNG, 10], [ResidenceStatus.DULDUNG_60C, 5]],
    latinLiterate: 0.45,
    arrivedFrom: '2015-01-01',
  }, 16],
  [{
    country: 'Türkei',
    givenNames: ['Mehmet', 'Ahmet', 'Mustafa', 'Yusuf', 'Hüseyin', 'Emre', 'Ayşe', 'Fatma', 'Emine', 'Zeynep', 'Elif', 'Hatice', 'Berfin', 'Rojda'],
    familyNames: ['Beispieloğlu', 'Mustercan', 'Probekaya', 'Testoğlu', 'Demirbeispiel', 'Musterdağ'],
    firstLanguages: [['tr', 65], ['ku', 35]],
    moreLanguages: [['tr', 0.3], ['en', 0.15]],
    residence: [[ResidenceStatus.AUFENTHALTSGESTATTUNG, 55], [ResidenceStatus.DULDUNG, 20], [ResidenceStatus.AE_25_2, 15], [ResidenceStatus.AE_25_3, 5], [ResidenceStatus.DULDUNG_60D, 5]],
    latinLiterate: 0.9,
    arrivedFrom: '2016-01-01',
  }, 10],
  [{
    country: 'Irak',
    givenNames: ['Ali', 'Hussein', 'Haider', 'Mustafa', 'Karwan', 'Zana', 'Dilan', 'Shilan', 'Rozhin', 'Noor', 'Zainab', 'Sara', 'Hawre', 'Layla'],
    familyNames: ['Beispielani', 'Al-Musterawi', 'Probezada', 'Demoi', 'Testkhani', 'Al-Beispieli'],
    firstLanguages: [['ar', 50], ['ku', 50]],
    moreLanguages: [['ar', 0.3], ['en', 0.2], ['tr', 0.05]],
    residence: [[ResidenceStatus.AUFENTHALTSGESTATTUNG, 30], [ResidenceStatus.DULDUNG, 30], [ResidenceStatus.AE_25_2, 20], [ResidenceStatus.AE_25_3, 10], [ResidenceStatus.DULDUNG_60A_2_3, 10]],
    latinLiterate: 0.55,
    arrivedFrom: '2015-01-01',
  }, 8],
  [{
    country: 'Eritrea',
    givenNames: ['Yonas', 'Tesfay', 'Semere', 'Kidane', 'Dawit', 'Filmon', 'Merhawi', 'Senait', 'Helen', 'Selam', 'Mebrat', 'Rahwa', 'Saba', 'Luwam'],
    familyNames: ['Beispielghiorghis', 'Mustermariam', 'Probetesfay', 'Demohaile', 'Testberhane', 'Beispielmichael'],
    firstLanguages: [['ti', 90], ['ar', 10]],
    moreLanguages: [['ar', 0.15], ['en', 0.3], ['am', 0.1]],
    residence: [[ResidenceStatus.AE_25_2, 70], [ResidenceStatus.AE_28FF, 15], [ResidenceStatus.AUFENTHALTSGESTATTUNG, 10], [ResidenceStatus.AE_25_3, 5]],
    latinLiterate: 0.5,
    arrivedFrom: '2015-01-01',
  }, 5],
  [{
    country: 'Nigeria',
    givenNames: ['Chinedu', 'Emeka', 'Oluwaseun', 'Adebayo', 'Tunde', 'Ibrahim', 'Ngozi', 'Chioma', 'Blessing', 'Grace', 'Ifeoma', 'Aisha', 'Favour', 'Precious'],
    familyNames: ['Adebeispiel', 'Okomuster', 'Probeyemi', 'Nwademo', 'Testunde', 'Beispielola'],
    firstLanguages: [['en', 60], ['yo', 15], ['ig', 15], ['ha', 10]],
    moreLanguages: [['en', 0.4], ['pcm', 0.2]],
    residence: [[ResidenceStatus.AUFENTHALTSGESTATTUNG, 35], [ResidenceStatus.DULDUNG, 35], [ResidenceStatus.DULDUNG_60C, 10], [ResidenceStatus.DULDUNG_60D, 5], [ResidenceStatus.AE_25_5, 10], [ResidenceStatus.AE_25B, 5]],
    latinLiterate: 0.9,
    arrivedFrom: '2016-01-01',
  }, 5],
  [{
    country: 'Guinea',
    givenNames: ['Mamadou', 'Alpha', 'Ibrahima', 'Ousmane', 'Abdoulaye', 'Sekou', 'Fatoumata', 'Mariama', 'Aissatou', 'Kadiatou', 'Hawa', 'Djenabou'],
    familyNames: ['Beispielé', 'Musteré', 'Probeté', 'Demouré', 'Testoula', 'Beispielbé'],
    firstLanguages: [['fr', 40], ['ff', 40], ['sus', 20]],
    moreLanguages: [['fr', 0.5], ['en', 0.1]],
    residence: [[ResidenceStatus.DULDUNG, 40], [ResidenceStatus.AUFENTHALTSGESTATTUNG, 30], [ResidenceStatus.DULDUNG_60C, 15], [ResidenceStatus.AE_25_5, 10], [ResidenceStatus.AE_25B, 5]],
    latinLiterate: 0.6,
    arrivedFrom: '2016-01-01',
  }, 4],
];

/** Staff of the generated agencies: common German first names, invented Swabian-sounding family names. */
export const STAFF_GIVEN_NAMES = [
  'Anna', 'Lena', 'Julia', 'Sarah', 'Laura', 'Katharina', 'Miriam', 'Sabine', 'Carina', 'Elif',
  'Tobias', 'Jonas', 'Lukas', 'Felix', 'Daniel', 'Markus', 'Stefan', 'Thomas', 'Murat', 'Olga',
] as const;
export const STAFF_FAMILY_NAMES = [
  'Musterle', 'Beispielmaier', 'Probele', 'Demohuber', 'Testbauer', 'Mustermann', 'Musterfrau',
  'Beispielle', 'Probewagner', 'Platzhalter', 'Exempel', 'Demoschmid',
] as const;

/** Invented streets for clients' addresses: any real "Musterweg" is coincidence, the house numbers are drawn. */
export const FICTITIOUS_STREETS = [
  'Musterweg', 'Beispielstraße', 'Probegasse', 'Am Platzhalter', 'Demoring', 'Testallee',
  'Beispielplatz', 'Musterstraße', 'Im Probefeld', 'Exempelweg',
] as const;

/** Bundesnetzagentur "drama numbers": ranges never assigned to a subscriber (Mitteilung 148/2021). */
export const DRAMA_NUMBERS = ['030 23125', '069 90009', '040 66969', '0221 4710', '089 99998'] as const;
