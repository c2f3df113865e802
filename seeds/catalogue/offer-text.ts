import { OfferFormat } from '../../src/offers/offer.enums';
import type { Random } from '../random';
import type { Schedule } from './schedules';
import { germanDate, joinGerman, LANGUAGE_NAMES, monthYear } from './words';

export interface DescriptionParts {
  summary: string;
  schedule: Schedule;
  format: OfferFormat;
  startDate: string;
  endDate: string | null;
  /** The catalogue's today: an ongoing offer starting later says so. */
  reference: string;
  languages: readonly string[];
  childcare: boolean;
  rollingEntry: boolean;
  closings: readonly string[];
}

/** A German description: what it is, when, in which languages, then one or two practical notes. */
export function describeOffer(random: Random, parts: DescriptionParts): string {
  const sentences = [parts.summary, parts.schedule.sentence];
  if (parts.endDate === null && parts.startDate > parts.reference) sentences.push(`Start im ${monthYear(parts.startDate)}, danach fortlaufend.`);
  else if (parts.endDate === null) sentences.push(`Das Angebot läuft fortlaufend seit ${monthYear(parts.startDate)}.`);
  else sentences.push(`Beginn am ${germanDate(parts.startDate)}, Ende voraussichtlich am ${germanDate(parts.endDate)}.`);
  if (parts.rollingEntry && parts.endDate !== null) sentences.push('Ein späterer Einstieg ist möglich.');
  if (parts.format === OfferFormat.ONLINE) sentences.push('Das Angebot findet online statt; ein Laptop oder Smartphone genügt.');
  if (parts.format === OfferFormat.HYBRID) sentences.push('Teils vor Ort, teils online.');
  if (parts.languages.length > 0) {
    sentences.push(`Unterstützung auch auf ${joinGerman(parts.languages.map((code) => LANGUAGE_NAMES[code] ?? code))}.`);
  }
  if (parts.childcare) sentences.push('Eine Kinderbetreuung wird angeboten.');
  if (parts.closings.length > 0) {
    const count = Math.min(parts.closings.length, random.int(1, 2));
    const first = random.int(0, parts.closings.length - 1);
    for (let index = 0; index < count; index += 1) sentences.push(parts.closings[(first + index) % parts.closings.length]);
  }
  return sentences.join(' ');
}
