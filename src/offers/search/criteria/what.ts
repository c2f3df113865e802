import { sql } from '../../../core/database/sql';
import type { OfferFamily, OfferFormat, Programme } from '../../offer.enums';
import { predicate, type CriterionPredicate } from '../criterion';

/** What the offer is: its family, programme, format and provider. */

/** The offer belongs to one of these families. */
export function familyPredicate(families: readonly OfferFamily[]): CriterionPredicate<'FAMILY'> {
  return predicate('FAMILY', sql`o.family = any(${families}::offer_family[])`);
}

/** The offer is of one of these programmes. */
export function programmePredicate(programmes: readonly Programme[]): CriterionPredicate<'PROGRAMME'> {
  return predicate('PROGRAMME', sql`o.programme = any(${programmes}::programme[])`);
}

/** The offer is attended in one of these formats. */
export function formatPredicate(formats: readonly OfferFormat[]): CriterionPredicate<'FORMAT'> {
  return predicate('FORMAT', sql`o.format = any(${formats}::offer_format[])`);
}

/** This provider runs the offer. */
export function providerPredicate(providerId: number): CriterionPredicate<'PROVIDER'> {
  return predicate('PROVIDER', sql`o.provider_id = ${providerId}`);
}
