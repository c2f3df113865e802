import type { ChainLink } from './plan-pathway';

/**
 * Dates of a chain, pure: each step begins after the one before it ends, with the offer chosen
 * for it where one fits (its entry day, and its end when the person joins from the start), else
 * with the step's typical duration. The longest typical duration is used where no offer says
 * otherwise, so that "ends before the support ends" is not optimistic.
 */

/** The offer chosen for a step: the day the person would join it, its start and end. */
export interface ChosenOffer {
  offerId: number;
  entryDate: string;
  startDate: string;
  endDate: string | null;
}

export interface ScheduledStep {
  link: ChainLink;
  offer: ChosenOffer | null;
  earliestStart: string;
  expectedEnd: string;
  /** One German sentence. */
  explanation: string;
}

/** `date` plus whole months (ISO dates); a day past the month's end falls on its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** 3.2.2027, as a manager reads a date. */
export const germanDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

/**
 * The chain's steps with dates. `choose` picks the offer for a step that can begin on `notBefore`
 * (or null); it is called in chain order, each time with the day after the previous step's end.
 */
export function scheduleChain(links: readonly ChainLink[], asOf: string, choose: (link: ChainLink, notBefore: string) => ChosenOffer | null): ScheduledStep[] {
  const scheduled: ScheduledStep[] = [];
  let notBefore = asOf;
  for (const link of links) {
    const offer = choose(link, notBefore);
    const { durationMonthsMin: min, durationMonthsMax: max } = link.step;
    let step: ScheduledStep;
    if (offer === null) {
      step = {
        link, offer, earliestStart: notBefore, expectedEnd: addDays(addMonths(notBefore, max), -1),
        explanation: `Kein passendes Angebot mit Beginn ab ${germanDate(notBefore)}; geplant mit der üblichen Dauer von ${min === max ? min : `${min} bis ${max}`} Monaten.`,
      };
    } else {
      // Joining from the first day, the course ends on its end date; joining later, it takes the step's time.
      const fromStart = offer.entryDate === offer.startDate && offer.endDate !== null && offer.endDate >= offer.entryDate;
      const expectedEnd = fromStart ? offer.endDate! : addDays(addMonths(offer.entryDate, max), -1);
      step = {
        link, offer, earliestStart: offer.entryDate, expectedEnd,
        explanation: fromStart
          ? `Passendes Angebot vom ${germanDate(offer.entryDate)} bis ${germanDate(expectedEnd)}.`
          : `Passendes Angebot mit Einstieg am ${germanDate(offer.entryDate)}; geplant mit der üblichen Dauer von bis zu ${max} Monaten.`,
      };
    }
    scheduled.push(step);
    notBefore = addDays(step.expectedEnd, 1);
  }
  return scheduled;
}
