import { describeEnum } from '../core/graphql/described-enum';

export enum OfferFamily {
  LANGUAGE_COURSE = 'LANGUAGE_COURSE',
  VOLUNTEER_PROGRAMME = 'VOLUNTEER_PROGRAMME',
  SCHOOL_TO_WORK = 'SCHOOL_TO_WORK',
}
describeEnum(OfferFamily, 'OfferFamily', 'The three families of integration measures.', {
  LANGUAGE_COURSE: 'German courses: Integrationskurse, Berufssprachkurse and community courses.',
  VOLUNTEER_PROGRAMME: 'Volunteer-run programmes: mentoring, language cafés, homework help, sport and more.',
  SCHOOL_TO_WORK: 'School-to-work offers: VABO, VAB, Einstiegsqualifizierung, AsA flex, BOFplus, orientation.',
});

export enum Programme {
  INTEGRATIONSKURS_ALLGEMEIN = 'INTEGRATIONSKURS_ALLGEMEIN',
  INTEGRATIONSKURS_JUGEND = 'INTEGRATIONSKURS_JUGEND',
  INTEGRATIONSKURS_ELTERN_FRAUEN = 'INTEGRATIONSKURS_ELTERN_FRAUEN',
  INTEGRATIONSKURS_ALPHABETISIERUNG = 'INTEGRATIONSKURS_ALPHABETISIERUNG',
  INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE = 'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE',
  INTEGRATIONSKURS_FOERDERKURS = 'INTEGRATIONSKURS_FOERDERKURS',
  INTEGRATIONSKURS_INTENSIV = 'INTEGRATIONSKURS_INTENSIV',
  BERUFSSPRACHKURS_BASIS = 'BERUFSSPRACHKURS_BASIS',
  BERUFSSPRACHKURS_SPEZIAL_A2 = 'BERUFSSPRACHKURS_SPEZIAL_A2',
  BERUFSSPRACHKURS_SPEZIAL_B1 = 'BERUFSSPRACHKURS_SPEZIAL_B1',
  BERUFSSPRACHKURS_ANERKENNUNG = 'BERUFSSPRACHKURS_ANERKENNUNG',
  BERUFSSPRACHKURS_GEWERBE_TECHNIK = 'BERUFSSPRACHKURS_GEWERBE_TECHNIK',
  BERUFSSPRACHKURS_AZUBI = 'BERUFSSPRACHKURS_AZUBI',
  COMMUNITY_COURSE = 'COMMUNITY_COURSE',
  MENTORING = 'MENTORING',
  SPRACHPATENSCHAFT = 'SPRACHPATENSCHAFT',
  SPRACHCAFE = 'SPRACHCAFE',
  HOMEWORK_HELP = 'HOMEWORK_HELP',
  PLAY_GROUP = 'PLAY_GROUP',
  SPORT = 'SPORT',
  WOMENS_MEETING_POINT = 'WOMENS_MEETING_POINT',
  MOBILITY_HELP = 'MOBILITY_HELP',
  INTERPRETING = 'INTERPRETING',
  VABO = 'VABO',
  VAB = 'VAB',
  AV_DUAL = 'AV_DUAL',
  EINSTIEGSQUALIFIZIERUNG = 'EINSTIEGSQUALIFIZIERUNG',
  ASA_FLEX = 'ASA_FLEX',
  BOF_PLUS = 'BOF_PLUS',
  BERUFSORIENTIERUNG = 'BERUFSORIENTIERUNG',
  PRAKTIKUM = 'PRAKTIKUM',
}
describeEnum(Programme, 'Programme', 'The programme type of an offer. Each belongs to exactly one family.', {
  INTEGRATIONSKURS_ALLGEMEIN: 'Allgemeiner Integrationskurs: 600 UE language, 100 UE orientation (BAMF).',
  INTEGRATIONSKURS_JUGEND: 'Jugendintegrationskurs: up to 900 UE, for people under 27 no longer obliged to attend school.',
  INTEGRATIONSKURS_ELTERN_FRAUEN: 'Eltern- und Frauenintegrationskurs: up to 900 UE, often with childcare.',
  INTEGRATIONSKURS_ALPHABETISIERUNG: 'Alphabetisierungskurs: up to 900 UE for people who cannot read or write in any script.',
  INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE: 'Zweitschriftlernerkurs: up to 900 UE for people literate in another script.',
  INTEGRATIONSKURS_FOERDERKURS: 'Förderkurs: up to 900 UE with extra support.',
  INTEGRATIONSKURS_INTENSIV: 'Intensivkurs: 400 UE language, needs a placement-test result.',
  BERUFSSPRACHKURS_BASIS: 'Berufssprachkurs basis module (400 UE): B1→B2, B2→C1 or C1→C2 (DeuFöV).',
  BERUFSSPRACHKURS_SPEZIAL_A2: 'Berufssprachkurs special module towards A2 (400 UE), after an Integrationskurs below B1.',
  BERUFSSPRACHKURS_SPEZIAL_B1: 'Berufssprachkurs special module towards B1 (400 UE), after an Integrationskurs below B1.',
  BERUFSSPRACHKURS_ANERKENNUNG: 'Berufssprachkurs special module for professional recognition, e.g. health professions (up to 600 UE).',
  BERUFSSPRACHKURS_GEWERBE_TECHNIK: 'Berufssprachkurs special module for trades (300 UE).',
  BERUFSSPRACHKURS_AZUBI: 'Berufssprachkurs for trainees in vocational training (Azubi course).',
  COMMUNITY_COURSE: 'Community German course run by volunteers or a municipality: no entry conditions, no certificate.',
  MENTORING: 'Mentoring or sponsorship (Patenschaft) with a volunteer.',
  SPRACHPATENSCHAFT: 'Language sponsorship: a volunteer practises German one to one (Sprachpate).',
  SPRACHCAFE: 'Language café: open German conversation practice.',
  HOMEWORK_HELP: 'Homework help and tutoring for pupils.',
  PLAY_GROUP: "Children's play group.",
  SPORT: 'Help joining sports clubs, e.g. "Integration durch Sport".',
  WOMENS_MEETING_POINT: "Women's meeting point or cooking together.",
  MOBILITY_HELP: 'Driving services and bike repair workshops.',
  INTERPRETING: 'Volunteer interpreting at appointments.',
  VABO: 'VABO: vocational preparation year for young people with little German (about 15/16 to 20).',
  VAB: 'VAB: vocational preparation year, can lead to a Hauptschulabschluss equivalent.',
  AV_DUAL: 'AVdual: dual vocational preparation with company placements.',
  EINSTIEGSQUALIFIZIERUNG: 'Einstiegsqualifizierung (EQ): 6–12 months in a company; needs a work permit.',
  ASA_FLEX: 'Assistierte Ausbildung flexibel: preparatory phase, then support during training or EQ.',
  BOF_PLUS: 'Berufsorientierung für Flüchtlinge (BOFplus): 13–26 weeks in inter-company training centres.',
  BERUFSORIENTIERUNG: 'Career orientation workshop or counselling.',
  PRAKTIKUM: 'Internship in a company.',
});

/** Which family each programme belongs to: the single source for `Offer.family`. */
export const PROGRAMME_FAMILY: Readonly<Record<Programme, OfferFamily>> = Object.freeze({
  INTEGRATIONSKURS_ALLGEMEIN: OfferFamily.LANGUAGE_COURSE,
  INTEGRATIONSKURS_JUGEND: OfferFamily.LANGUAGE_COURSE,
  INTEGRATIONSKURS_ELTERN_FRAUEN: OfferFamily.LANGUAGE_COURSE,
  INTEGRATIONSKURS_ALPHABETISIERUNG: OfferFamily.LANGUAGE_COURSE,
  INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE: OfferFamily.LANGUAGE_COURSE,
  INTEGRATIONSKURS_FOERDERKURS: OfferFamily.LANGUAGE_COURSE,
  INTEGRATIONSKURS_INTENSIV: OfferFamily.LANGUAGE_COURSE,
  BERUFSSPRACHKURS_BASIS: OfferFamily.LANGUAGE_COURSE,
  BERUFSSPRACHKURS_SPEZIAL_A2: OfferFamily.LANGUAGE_COURSE,
  BERUFSSPRACHKURS_SPEZIAL_B1: OfferFamily.LANGUAGE_COURSE,
  BERUFSSPRACHKURS_ANERKENNUNG: OfferFamily.LANGUAGE_COURSE,
  BERUFSSPRACHKURS_GEWERBE_TECHNIK: OfferFamily.LANGUAGE_COURSE,
  BERUFSSPRACHKURS_AZUBI: OfferFamily.LANGUAGE_COURSE,
  COMMUNITY_COURSE: OfferFamily.LANGUAGE_COURSE,
  MENTORING: OfferFamily.VOLUNTEER_PROGRAMME,
  SPRACHPATENSCHAFT: OfferFamily.VOLUNTEER_PROGRAMME,
  SPRACHCAFE: OfferFamily.VOLUNTEER_PROGRAMME,
  HOMEWORK_HELP: OfferFamily.VOLUNTEER_PROGRAMME,
  PLAY_GROUP: OfferFamily.VOLUNTEER_PROGRAMME,
  SPORT: OfferFamily.VOLUNTEER_PROGRAMME,
  WOMENS_MEETING_POINT: OfferFamily.VOLUNTEER_PROGRAMME,
  MOBILITY_HELP: OfferFamily.VOLUNTEER_PROGRAMME,
  INTERPRETING: OfferFamily.VOLUNTEER_PROGRAMME,
  VABO: OfferFamily.SCHOOL_TO_WORK,
  VAB: OfferFamily.SCHOOL_TO_WORK,
  AV_DUAL: OfferFamily.SCHOOL_TO_WORK,
  EINSTIEGSQUALIFIZIERUNG: OfferFamily.SCHOOL_TO_WORK,
  ASA_FLEX: OfferFamily.SCHOOL_TO_WORK,
  BOF_PLUS: OfferFamily.SCHOOL_TO_WORK,
  BERUFSORIENTIERUNG: OfferFamily.SCHOOL_TO_WORK,
  PRAKTIKUM: OfferFamily.SCHOOL_TO_WORK,
});

/** CEFR levels in ascending order; the database enum keeps this order, so levels compare with < and >. */
export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}
describeEnum(CefrLevel, 'CefrLevel', 'Common European Framework of Reference level of German.', {
  A1: 'Breakthrough: simple phrases; roughly the § 44a AufenthG threshold.',
  A2: 'Waystage: routine everyday matters; lower DTZ result.',
  B1: 'Threshold: the Integrationskurs goal; needed for settlement and naturalisation.',
  B2: 'Vantage: recommended for dual vocational training.',
  C1: 'Effective operational proficiency.',
  C2: 'Mastery.',
});

export enum Audience {
  WOMEN = 'WOMEN',
  PARENTS = 'PARENTS',
  YOUTH = 'YOUTH',
  YOUNG_ADULTS = 'YOUNG_ADULTS',
  CHILDREN = 'CHILDREN',
  FAMILIES = 'FAMILIES',
  NON_LITERATE = 'NON_LITERATE',
  EMPLOYED = 'EMPLOYED',
  JOB_SEEKERS = 'JOB_SEEKERS',
  TRAINEES = 'TRAINEES',
  ACADEMICS = 'ACADEMICS',
}
describeEnum(Audience, 'Audience', 'A group an offer is designed for.', {
  WOMEN: 'Women only, or designed for women.',
  PARENTS: 'Parents, often with childcare.',
  YOUTH: 'Young people up to about 20.',
  YOUNG_ADULTS: 'Young adults up to 27.',
  CHILDREN: 'Children and pupils.',
  FAMILIES: 'Whole families.',
  NON_LITERATE: 'People learning to read and write.',
  EMPLOYED: 'People in work.',
  JOB_SEEKERS: 'People looking for work.',
  TRAINEES: 'People in vocational training (Azubis).',
  ACADEMICS: 'People with a university degree or in recognition of a profession.',
});

export enum OfferFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
describeEnum(OfferFormat, 'OfferFormat', 'How participants attend.', {
  IN_PERSON: 'On site at the location.',
  ONLINE: 'Online only.',
  HYBRID: 'Partly on site, partly online.',
});

export enum OfferStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
describeEnum(OfferStatus, 'OfferStatus', 'Publication state; only published offers are public.', {
  DRAFT: 'Being prepared by the provider; not public.',
  PUBLISHED: 'Visible in the public catalogue.',
  ARCHIVED: 'Finished or withdrawn; not public.',
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
describeEnum(Weekday, 'Weekday', 'Day of the week.', {
  MONDAY: 'Monday.',
  TUESDAY: 'Tuesday.',
  WEDNESDAY: 'Wednesday.',
  THURSDAY: 'Thursday.',
  FRIDAY: 'Friday.',
  SATURDAY: 'Saturday.',
  SUNDAY: 'Sunday.',
});

export enum TimeOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
describeEnum(TimeOfDay, 'TimeOfDay', 'Part of the day when an offer meets.', {
  MORNING: 'Before about 12:00.',
  AFTERNOON: 'About 12:00 to 17:00.',
  EVENING: 'After about 17:00.',
});

export enum Funding {
  BAMF = 'BAMF',
  BUNDESAGENTUR = 'BUNDESAGENTUR',
  LAND_BW = 'LAND_BW',
  KOMMUNE = 'KOMMUNE',
  ESF = 'ESF',
  DONATIONS = 'DONATIONS',
  EMPLOYER = 'EMPLOYER',
  SELF_PAID = 'SELF_PAID',
}
describeEnum(Funding, 'Funding', 'Who pays for an offer.', {
  BAMF: 'Federal Office for Migration and Refugees (Integrationskurse, Berufssprachkurse).',
  BUNDESAGENTUR: 'Federal Employment Agency or Jobcenter (AsA flex, BOFplus, EQ subsidy).',
  LAND_BW: 'State of Baden-Württemberg (VABO, pact funding).',
  KOMMUNE: 'Municipality or district.',
  ESF: 'European Social Fund.',
  DONATIONS: 'Donations and volunteer work.',
  EMPLOYER: 'The employer.',
  SELF_PAID: 'Participants pay.',
});

/** Residence statuses from DOMAIN.md; which status opens which measure is data on each offer. */
export enum ResidenceStatus {
  AUFENTHALTSGESTATTUNG = 'AUFENTHALTSGESTATTUNG',
  AE_25_1 = 'AE_25_1',
  AE_25_2 = 'AE_25_2',
  AE_25_3 = 'AE_25_3',
  AE_25_4A = 'AE_25_4A',
  AE_25_5 = 'AE_25_5',
  AE_25B = 'AE_25B',
  AE_24 = 'AE_24',
  AE_23_2 = 'AE_23_2',
  AE_23_4 = 'AE_23_4',
  AE_18FF = 'AE_18FF',
  AE_28FF = 'AE_28FF',
  DULDUNG = 'DULDUNG',
  DULDUNG_60A_2_3 = 'DULDUNG_60A_2_3',
  DULDUNG_60C = 'DULDUNG_60C',
  DULDUNG_60D = 'DULDUNG_60D',
  NIEDERLASSUNGSERLAUBNIS = 'NIEDERLASSUNGSERLAUBNIS',
}
describeEnum(ResidenceStatus, 'ResidenceStatus', 'Residence status under German law (AufenthG, AsylG).', {
  AUFENTHALTSGESTATTUNG: 'Aufenthaltsgestattung (§ 55 AsylG): asylum procedure pending.',
  AE_25_1: 'Aufenthaltserlaubnis § 25(1) AufenthG: recognised entitlement to asylum.',
  AE_25_2: 'Aufenthaltserlaubnis § 25(2) AufenthG: refugee or subsidiary protection.',
  AE_25_3: 'Aufenthaltserlaubnis § 25(3) AufenthG: ban on deportation.',
  AE_25_4A: 'Aufenthaltserlaubnis § 25(4a) AufenthG: victims of crime.',
  AE_25_5: 'Aufenthaltserlaubnis § 25(5) AufenthG: departure impossible.',
  AE_25B: 'Aufenthaltserlaubnis § 25b AufenthG: sustained integration.',
  AE_24: 'Aufenthaltserlaubnis § 24 AufenthG: temporary protection (Ukraine).',
  AE_23_2: 'Aufenthaltserlaubnis § 23(2) AufenthG: admission by federal programme.',
  AE_23_4: 'Aufenthaltserlaubnis § 23(4) AufenthG: resettlement.',
  AE_18FF: 'Aufenthaltserlaubnis §§ 18 ff. AufenthG: work or training.',
  AE_28FF: 'Aufenthaltserlaubnis §§ 28 ff. AufenthG: family reunification.',
  DULDUNG: 'Duldung § 60a AufenthG: temporary suspension of deportation.',
  DULDUNG_60A_2_3: 'Duldung § 60a(2) S.3 AufenthG: for urgent personal or humanitarian reasons.',
  DULDUNG_60C: 'Ausbildungsduldung § 60c AufenthG.',
  DULDUNG_60D: 'Beschäftigungsduldung § 60d AufenthG.',
  NIEDERLASSUNGSERLAUBNIS: 'Niederlassungserlaubnis: permanent settlement permit.',
});
