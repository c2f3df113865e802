import { Migration } from '@mikro-orm/migrations';

/**
 * Consents get a purpose type of their own, `consent_purpose`: what a person can release their
 * data for towards a recipient (REFERRAL, DATA_SHARING), instead of the audit's purposes, of which
 * CASE_MANAGEMENT, STATISTICS, DATA_SUBJECT_REQUEST, ADMINISTRATION and RETENTION are never asked
 * of the person. Existing REFERRAL consents keep their purpose. A consent the ledger holds for any
 * other purpose stops the migration, naming how many: a consent is evidence of what the person
 * agreed to, so a migration neither guesses a new purpose for it nor deletes it; the data
 * protection officer decides (withdraw or correct those rows), then the migration runs.
 */
export class Migration20261203090000_consent_purpose extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$
      declare others int;
      begin
        select count(*) into others from "consent" where "purpose"::text <> 'REFERRAL';
        if others > 0 then
          raise exception '% consent(s) name a purpose nobody can consent to (not REFERRAL); review them before this migration', others;
        end if;
      end $$;`);
    this.addSql(`create type "consent_purpose" as enum ('REFERRAL', 'DATA_SHARING');`);
    this.addSql(`alter table "consent" alter column "purpose" type "consent_purpose" using "purpose"::text::"consent_purpose";`);
  }

  override async down(): Promise<void> {
    // The audit's purposes have no DATA_SHARING: such consents cannot go back, and are not dropped.
    this.addSql(`do $$
      declare sharing int;
      begin
        select count(*) into sharing from "consent" where "purpose" = 'DATA_SHARING';
        if sharing > 0 then
          raise exception '% DATA_SHARING consent(s) have no audit purpose to go back to; review them before reverting', sharing;
        end if;
      end $$;`);
    this.addSql(`alter table "consent" alter column "purpose" type "audit_purpose" using "purpose"::text::"audit_purpose";`);
    this.addSql(`drop type "consent_purpose";`);
  }
}
