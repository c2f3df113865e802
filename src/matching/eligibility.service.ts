import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Result } from '../core/result';
import { toGlobalId } from '../core/relay/global-id';
import { Programme } from '../offers/offer.enums';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { ruleSetProblems, type RuleDraft } from './eligibility/consistency';
import type { EligibilityRuleData, RuleSetData } from './eligibility/rules';
import { EligibilityRule, EligibilityRuleSet } from './matching.entities';
import type { MatchingErrorCode } from './matching.errors';
import { MAX_RULES_PER_SET } from './matching.limits';

/** Authorities that can oblige a person to attend an Integrationskurs (§ 44a(1) AufenthG). */
export const OBLIGATION_AUTHORITIES = ['FOREIGNERS_AUTHORITY', 'JOBCENTER', 'ASYLUM_BENEFITS_AUTHORITY'] as const;

export interface RuleSetDraft {
  note: string;
  schoolObligationUntilAge: number;
  rules: RuleDraft[];
}

/** A rule as the pure evaluation reads it. */
export function ruleData(rule: EligibilityRule): EligibilityRuleData {
  return {
    id: rule.id,
    key: rule.key,
    version: rule.version,
    programmes: rule.programmes,
    route: rule.route,
    residenceStatuses: rule.residenceStatuses,
    residenceParagraphs: rule.residenceParagraphs,
    minAge: rule.minAge,
    maxAge: rule.maxAge,
    germanLevelMin: rule.germanLevelMin,
    germanLevelMax: rule.germanLevelMax,
    requiresIntegrationCourse: rule.requiresIntegrationCourse,
    workPermitRequired: rule.workPermitRequired,
    minMonthsOfStay: rule.minMonthsOfStay,
    schoolObligation: rule.schoolObligation,
    obligationBy: rule.obligationBy,
    validFrom: rule.validFrom,
    validUntil: rule.validUntil,
    datedBy: rule.datedBy,
    source: rule.source,
    explanation: rule.explanation,
  };
}

/** The rule set in force, its rules as entities (for GraphQL) and as data (for the evaluation). */
export interface LoadedRuleSet {
  set: EligibilityRuleSet;
  rules: EligibilityRule[];
  data: RuleSetData;
  byId: Map<number, EligibilityRule>;
}

/**
 * The eligibility rules: read a version (the newest by default), publish a new one. Rules are
 * public law: anyone may read them; only administrators publish, and a set whose rules overlap
 * or contradict is refused.
 */
export class EligibilityService {
  constructor(private readonly em: EntityManager) {}

  /** A rule set with all its rules (two statements); null when there is no such version. */
  async ruleSet(_viewer: Viewer, version: number | null = null): Promise<LoadedRuleSet | null> {
    const set = version === null ? await this.em.findOne(EligibilityRuleSet, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } }) : await this.em.findOne(EligibilityRuleSet, { version });
    return set && this.withRules(set);
  }

  /** The rule set with this ID and all its rules (two statements); null when there is none. */
  async ruleSetById(_viewer: Viewer, id: number): Promise<LoadedRuleSet | null> {
    const set = await this.em.findOne(EligibilityRuleSet, { id });
    return set && this.withRules(set);
  }

  private async withRules(set: EligibilityRuleSet): Promise<LoadedRuleSet> {
    const rules = await this.em.find(EligibilityRule, { ruleSet: set.id }, { orderBy: { id: 'asc' } });
    for (const rule of rules) rule.version = set.version;
    return {
      set,
      rules,
      data: { version: set.version, schoolObligationUntilAge: set.schoolObligationUntilAge, rules: rules.map(ruleData) },
      byId: new Map(rules.map((rule) => [rule.id, rule])),
    };
  }

  /** The rules of a version (the newest by default) in force on `validOn`. */
  async rulesInForce(viewer: Viewer, validOn: string, version: number | null = null): Promise<EligibilityRule[]> {
    const loaded = await this.ruleSet(viewer, version);
    if (!loaded) return [];
    return loaded.rules.filter((rule) => (rule.validFrom === null || rule.validFrom <= validOn) && (rule.validUntil === null || rule.validUntil >= validOn));
  }

  /** Publishes the next version, refused with every problem found. Administrators only. */
  async publish(viewer: Viewer, draft: RuleSetDraft): Promise<Result<LoadedRuleSet, MatchingErrorCode>> {
    requireRole(viewer, Role.ADMIN);
    const problems = [];
    if (draft.rules.length > MAX_RULES_PER_SET) problems.push(problem<MatchingErrorCode>('INVALID', 'rules', `A rule set holds at most ${MAX_RULES_PER_SET} rules.`));
    if (draft.note.length > 1000) problems.push(problem<MatchingErrorCode>('INVALID', 'note', 'The note holds at most 1,000 characters.'));
    if (!(Number.isInteger(draft.schoolObligationUntilAge) && draft.schoolObligationUntilAge >= 6 && draft.schoolObligationUntilAge <= 25)) {
      problems.push(problem<MatchingErrorCode>('INVALID', 'schoolObligationUntilAge', 'The school obligation ends at an age from 6 to 25.'));
    }
    if (problems.length === 0) {
      const found = ruleSetProblems(draft.rules, {
        programmes: Object.values(Programme),
        residenceStatuses: Object.values(ResidenceStatus),
        obligationAuthorities: OBLIGATION_AUTHORITIES,
      });
      for (const each of found) {
        const field = each.index === null ? 'rules' : each.attribute === null ? `rules.${each.index}` : `rules.${each.index}.${each.attribute}`;
        problems.push(problem<MatchingErrorCode>(each.code, field, each.message));
      }
    }
    if (problems.length > 0) return fail(problems);

    const [{ next }] = await this.em.execute<Array<{ next: number }>>('select coalesce(max(version), 0) + 1 as next from eligibility_rule_set');
    const userId = userIdOf(viewer);
    const set = this.em.create(EligibilityRuleSet, {
      version: next,
      publishedBy: userId === null ? 'unknown' : toGlobalId('User', userId),
      note: draft.note.trim(),
      schoolObligationUntilAge: draft.schoolObligationUntilAge,
    }, { partial: true });
    const rules = draft.rules.map((rule) =>
      this.em.create(EligibilityRule, { ...rule, programmes: rule.programmes as Programme[], residenceStatuses: rule.residenceStatuses as ResidenceStatus[], ruleSet: set } as never, { partial: true }),
    );
    await this.em.flush();
    for (const rule of rules) rule.version = set.version;
    return succeed({
      set,
      rules,
      data: { version: set.version, schoolObligationUntilAge: set.schoolObligationUntilAge, rules: rules.map(ruleData) },
      byId: new Map(rules.map((rule) => [rule.id, rule])),
    });
  }
}
