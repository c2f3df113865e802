import { Migration } from '@mikro-orm/migrations';

/**
 * Free seats taken or freed by referrals enter the catalogue changes feed (issue 12). The
 * referrals' ledger trigger updates `offer.seats_referred` as the owner; this trigger on `offer`
 * writes the matching SEATS_CHANGED row into `catalogue_change` in the same transaction, so the
 * feed's order and completeness hold for them too. It runs as the owner (SECURITY DEFINER): RLS is
 * forced on the outbox, so the owner gets an insert policy of its own (the app role's still
 * allows only its own provider's rows). The offer's version stays: a referral does not edit it.
 */
export class Migration20261206130000_referral_seats_feed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function hub_offer_seats_referred_changed() returns trigger
      language plpgsql security definer set search_path = public as $$
      begin
        insert into catalogue_change (subject_type, subject_id, provider_id, action, public, version)
        values ('OFFER', new.id, new.provider_id, 'SEATS_CHANGED', new.status = 'PUBLISHED', null);
        return null;
      end $$;`);
    this.addSql('revoke execute on function hub_offer_seats_referred_changed() from public;');
    this.addSql(`create trigger "offer_seats_referred_feed" after update of "seats_referred" on "offer"
      for each row when (old."seats_referred" is distinct from new."seats_referred") execute function hub_offer_seats_referred_changed();`);
    this.addSql(`create policy "catalogue_change_ledger" on "catalogue_change" for insert
      with check (current_user = (select r.rolname from pg_class c join pg_roles r on r.oid = c.relowner where c.oid = 'catalogue_change'::regclass));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop policy "catalogue_change_ledger" on "catalogue_change";');
    this.addSql('drop trigger "offer_seats_referred_feed" on "offer";');
    this.addSql('drop function hub_offer_seats_referred_changed();');
  }
}
