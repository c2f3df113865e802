import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS } from '../core/auth/viewer';
import type { Programme } from '../offers/offer.enums';
import type { ProgrammeClosure } from '../offers/programme-closures';
import type { EligibilityRuleData } from './eligibility/rules';
import { EligibilityService } from './eligibility.service';

const unset = (value: unknown) => value === undefined || value === null || value === false;

/**
 * A rule that excludes whoever asks, by the course's start: NOT_ELIGIBLE with no condition on the
 * person (IK_SPECIAL_TYPES_ENDED closes the Jugend- and the Eltern- und Frauenintegrationskurs for
 * courses starting from 1 May 2025). An exclusion dated by the day a person joins closes no course.
 */
function closesTheProgramme(rule: EligibilityRuleData): boolean {
  return (
    rule.route === 'NOT_ELIGIBLE' && rule.datedBy === 'COURSE_START' &&
    rule.residenceStatuses.length === 0 && rule.residenceParagraphs.length === 0 &&
    [rule.minAge, rule.maxAge, rule.germanLevelMin, rule.germanLevelMax, rule.requiresIntegrationCourse, rule.workPermitRequired, rule.minMonthsOfStay, rule.schoolObligation, rule.obligationBy].every(unset)
  );
}

/** The closures of the rule set in force (the newest version). Rules are public: read as anyone. */
export async function programmeClosuresFromRules(em: EntityManager): Promise<ProgrammeClosure[]> {
  const loaded = await new EligibilityService(em).ruleSet(ANONYMOUS);
  if (!loaded) return [];
  return loaded.data.rules
    .filter(closesTheProgramme)
    .flatMap((rule) => rule.programmes.map((programme) => ({ programme: programme as Programme, from: rule.validFrom, until: rule.validUntil, rule: rule.key, source: rule.source })));
}
