import { describeEnum } from '../core/graphql/described-enum';

/**
 * What a person can consent to: each a release (Schweigepflichtentbindung) to pass their data to a
 * third party, scoped to this purpose and to the consent's recipient (GDPR Art. 6(1)(a), 7). Not
 * the audit's purposes: case management, statistics, answering a data subject's request,
 * administration and erasure rest on other legal grounds and are never asked of the person. The
 * column holds only these values (the `consent_purpose` type).
 */
export enum ConsentPurpose {
  REFERRAL = 'REFERRAL',
  DATA_SHARING = 'DATA_SHARING',
}
describeEnum(ConsentPurpose, 'ConsentPurpose', "What a person's consent lets the agency do with their data, towards the consent's recipient.", {
  REFERRAL: 'Referring the person to a measure of the recipient: passing on the data the referral needs and hearing back about it (enrolment, waiting list, outcome).',
  DATA_SHARING:
    "Exchanging information about the person's situation and progress with the recipient to coordinate support, e.g. attendance and level reached in its course, beyond a referral.",
});
