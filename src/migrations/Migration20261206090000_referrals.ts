import { Migration } from '@mikro-orm/migrations';

// The words of src/referrals/referral.enums.ts as this migration knows them.
const STATUSES = ['REQUESTED', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'STARTED', 'COMPLETED', 'DROPPED_OUT', 'WITHDRAWN', 'EXPIRED'];
const ACTIONS = ['CREATE', 'ACCEPT', 'DECLINE', 'WAITLIST', 'START', 'COMPLETE', 'DROP_OUT', 'WITHDRAW', 'EXPIRE', 'PROMOTE', 'REMIND'];
const REASONS = [
  'COULD_NOT_CONTACT', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'COULD_NOT_GET_HELP', 'NO_LONGER_INTERESTED', 'REFERRED_ELSEWHERE', 'NEEDS_CLIENT_ACTION',
  'SCHEDULE_CONFLICT', 'LEVEL_MISMATCH', 'MOVED_AWAY', 'CONSENT_WITHDRAWN', 'OTHER',
];
const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** Start deadlines as the law sets them (DOMAIN.md): rows of `referral_deadline_rule`. */
const INTEGRATIONSKURSE = ['INTEGRATIONSKURS_ALLGEMEIN', 'INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ELTERN_FRAUEN', 'INTEGRATIONSKURS_ALPHABETISIERUNG', 'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE', 'INTEGRATIONSKURS_FOERDERKURS', 'INTEGRATIONSKURS_INTENSIV'];
const BERUFSSPRACHKURSE = ['BERUFSSPRACHKURS_BASIS', 'BERUFSSPRACHKURS_SPEZIAL_A2', 'BERUFSSPRACHKURS_SPEZIAL_B1', 'BERUFSSPRACHKURS_ANERKENNUNG', 'BERUFSSPRACHKURS_GEWERBE_TECHNIK', 'BERUFSSPRACHKURS_AZUBI'];

/**
 * Referrals (issue 11): a manager sends a client to an offer; the provider answers.
 *
 * The seat ledger: each referral's `seat` (HELD while REQUESTED, TAKEN once ACCEPTED or STARTED,
 * see the check `referral_seat_fits_status`) is counted into `offer.seats_referred` by the
 * trigger `hub_referral_count_seat`, and `offer_seats_within_capacity` keeps
 * `seats_taken + seats_referred <= capacity`. Two requests for the last seat both update the one
 * offer row; PostgreSQL serialises them on its row lock and the second sees the first's count, so
 * the check fails for it: exactly one winner, whatever the application does. The trigger runs as
 * the owner (a manager may not update offers); it changes only that counter and only as the
 * referral rows it counts change. Waiting-list tickets are drawn from `offer.referral_tickets`
 * under the same lock, so they are distinct and ordered; a position is a rank among the tickets.
 *
 * Row-level security (forced): a referral is visible to the agency side exactly when its client is
 * (the client policy decides) and to the provider it is addressed to. Snapshots and events follow
 * their referral. Every event row is announced with NOTIFY (`hub_referral_event`, IDs and statuses
 * only) when its transaction commits: the live subscriptions listen to that.
 */
export class Migration20261206090000_referrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "referral_status" as enum (${quoted(STATUSES)});`);
    this.addSql(`create type "referral_action" as enum (${quoted(ACTIONS)});`);
    this.addSql(`create type "referral_reason" as enum (${quoted(REASONS)});`);
    this.addSql(`create type "referral_seat" as enum ('HELD', 'TAKEN');`);
    this.addSql(`create type "referral_side" as enum ('AGENCY', 'PROVIDER', 'HUB');`);
    // School certificates a referral can end with; they prove no German level.
    this.addSql(`alter type "german_certificate" add value if not exists 'HAUPTSCHULABSCHLUSS';`);
    this.addSql(`alter type "german_certificate" add value if not exists 'MITTLERER_SCHULABSCHLUSS';`);

    this.addSql(`alter table "offer"
      add column "seats_referred" int not null default 0,
      add column "referral_tickets" int not null default 0,
      add constraint "offer_seats_referred_not_negative" check ("seats_referred" >= 0),
      add constraint "offer_seats_within_capacity" check ("capacity" is null or "seats_taken" + "seats_referred" <= "capacity");`);
    // The search's covering index carries the ledger's count too, so "free seats" stays an index-only test.
    this.addSql('drop index "offer_published_location_idx";');
    this.addSql(`create index "offer_published_location_idx" on "offer" ("location_id") include ("id", "family", "programme", "format", "capacity", "seats_taken", "seats_referred", "start_date", "rolling_entry", "end_date", "childcare") where "status" = 'PUBLISHED';`);

    this.addSql(`create table "referral_deadline_rule" (
      "programme" "programme" primary key,
      "response_days" smallint not null check ("response_days" between 1 and 90),
      "start_days" smallint null check ("start_days" between 1 and 365),
      "source" text not null);`);
    const rules = [
      ...INTEGRATIONSKURSE.map((p) => `('${p}', 10, 42, 'IntV § 7(4): start within 6 weeks of registration')`),
      ...BERUFSSPRACHKURSE.map((p) => `('${p}', 10, 28, 'DeuFöV § 9(3): start within 4 weeks')`),
    ];
    this.addSql(`insert into "referral_deadline_rule" ("programme", "response_days", "start_days", "source") values ${rules.join(', ')};`);
    this.addSql('grant select on "referral_deadline_rule" to hub_app;');

    this.addSql(`create table "referral" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "agency_id" int not null references "agency" ("id"),
      "offer_id" int not null references "offer" ("id"),
      "provider_id" int not null references "provider" ("id"),
      "measure_origin_id" int null,
      "created_by_id" int null references "hub_user" ("id") on delete set null,
      "status" "referral_status" not null,
      "seat" "referral_seat" null,
      "waitlist_ticket" int null,
      "message" varchar(1000) null,
      "reason" "referral_reason" null,
      "reason_text" varchar(500) null,
      "certificate" "german_certificate" null,
      "response_due_at" timestamptz not null,
      "reminded_at" timestamptz null,
      "start_due_on" date null,
      "started_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "status_changed_at" timestamptz not null default now(),
      constraint "referral_seat_fits_status" check (case "status"
        when 'REQUESTED' then "seat" = 'HELD'
        when 'ACCEPTED' then "seat" = 'TAKEN'
        when 'STARTED' then "seat" = 'TAKEN'
        when 'COMPLETED' then "seat" is null or "seat" = 'TAKEN'
        when 'DROPPED_OUT' then "seat" is null or "seat" = 'TAKEN'
        else "seat" is null end),
      constraint "referral_ticket_iff_waitlisted" check (("status" = 'WAITLISTED') = ("waitlist_ticket" is not null)),
      constraint "referral_certificate_when_completed" check ("certificate" is null or "status" = 'COMPLETED'));`);
    this.addSql('create unique index "referral_waitlist_ticket_unique" on "referral" ("offer_id", "waitlist_ticket") where "waitlist_ticket" is not null;');
    this.addSql(`create unique index "referral_one_open_per_offer" on "referral" ("client_id", "offer_id") where "status" in ('REQUESTED', 'ACCEPTED', 'WAITLISTED', 'STARTED');`);
    this.addSql('create index "referral_client_index" on "referral" ("client_id", "id");');
    this.addSql('create index "referral_provider_index" on "referral" ("provider_id", "id");');
    this.addSql('create index "referral_offer_index" on "referral" ("offer_id", "status");');
    this.addSql(`create index "referral_response_due_index" on "referral" ("response_due_at") where "status" = 'REQUESTED';`);

    // The ledger's counter: every change of a referral's seat, counted into its offer (as the owner).
    this.addSql(`create function hub_referral_count_seat() returns trigger
      language plpgsql security definer set search_path = public as $$
      declare
        delta int := (case when tg_op <> 'DELETE' and new.seat is not null then 1 else 0 end)
                   - (case when tg_op <> 'INSERT' and old.seat is not null then 1 else 0 end);
        target int := case when tg_op = 'DELETE' then old.offer_id else new.offer_id end;
      begin
        if tg_op = 'UPDATE' and new.offer_id <> old.offer_id then raise exception 'a referral keeps its offer'; end if;
        if delta <> 0 then update offer set seats_referred = seats_referred + delta where id = target; end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "referral_count_seat" after insert or delete or update of "seat", "offer_id" on "referral"
      for each row execute function hub_referral_count_seat();`);
    // A waiting-list ticket for every referral that joins the list, drawn under the offer's row lock.
    this.addSql(`create function hub_referral_draw_ticket() returns trigger
      language plpgsql security definer set search_path = public as $$
      begin
        if new.status = 'WAITLISTED' and (tg_op = 'INSERT' or old.status <> 'WAITLISTED') then
          update offer set referral_tickets = referral_tickets + 1 where id = new.offer_id returning referral_tickets into new.waitlist_ticket;
        elsif new.status <> 'WAITLISTED' then
          new.waitlist_ticket := null;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "referral_draw_ticket" before insert or update of "status" on "referral"
      for each row execute function hub_referral_draw_ticket();`);
    // A position on the list counts referrals of every agency: a number only, for a referral the caller may see.
    this.addSql(`create function hub_referral_waitlist_position(referral int) returns int
      language sql stable security definer set search_path = public as $$
      select (select count(*)::int from referral o where o.offer_id = r.offer_id and o.status = 'WAITLISTED' and o.waitlist_ticket <= r.waitlist_ticket)
      from referral r
      where r.id = referral and r.status = 'WAITLISTED'
        and (r.agency_id = hub_setting_int('hub.agency_id') or r.provider_id = hub_setting_int('hub.provider_id'))
    $$;`);
    this.addSql('revoke execute on function hub_referral_waitlist_position(int) from public;');
    this.addSql('grant execute on function hub_referral_waitlist_position(int) to hub_app;');
    // The deadline job finds due referrals across providers: their IDs and providers, nothing else.
    this.addSql(`create function hub_referrals_due(at timestamptz, remind_before interval) returns table (referral_id int, provider_id int, expired boolean)
      language sql stable security definer set search_path = public as $$
      select r.id, r.provider_id, r.response_due_at <= at from referral r
      where r.status = 'REQUESTED' and (r.response_due_at <= at or (r.reminded_at is null and r.response_due_at - remind_before <= at))
      order by r.response_due_at, r.id
    $$;`);
    this.addSql('revoke execute on function hub_referrals_due(timestamptz, interval) from public;');
    this.addSql('grant execute on function hub_referrals_due(timestamptz, interval) to hub_app;');

    this.addSql(`create table "referral_snapshot" (
      "id" serial primary key,
      "referral_id" int not null unique references "referral" ("id") on delete cascade,
      "client_id" int not null references "client" ("id") on delete cascade,
      "given_names" varchar(200) not null,
      "family_name" varchar(200) not null,
      "phone" varchar(50) null,
      "email" varchar(254) null,
      "german_level" "cefr_level" null,
      "languages" text[] not null,
      "availability" jsonb not null,
      "childcare_needed" boolean not null,
      "taken_at" timestamptz not null default now());`);
    this.addSql('create index "referral_snapshot_client_index" on "referral_snapshot" ("client_id");');

    this.addSql(`create table "referral_event" (
      "id" serial primary key,
      "referral_id" int not null references "referral" ("id") on delete cascade,
      "client_id" int not null references "client" ("id") on delete cascade,
      "offer_id" int not null,
      "agency_id" int not null,
      "provider_id" int not null,
      "action" "referral_action" not null,
      "from_status" "referral_status" null,
      "to_status" "referral_status" not null,
      "reason" "referral_reason" null,
      "reason_text" varchar(500) null,
      "side" "referral_side" not null,
      "actor" text null,
      "at" timestamptz not null);`);
    this.addSql('create index "referral_event_referral_index" on "referral_event" ("referral_id", "id");');
    this.addSql('create index "referral_event_client_index" on "referral_event" ("client_id");');
    this.addSql(`create function hub_referral_event_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('hub_referral_event', json_build_object(
          'id', new.id, 'referral', new.referral_id, 'client', new.client_id, 'offer', new.offer_id, 'agency', new.agency_id,
          'provider', new.provider_id, 'action', new.action, 'from', new.from_status, 'to', new.to_status, 'at', new.at)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "referral_event_notify" after insert on "referral_event" for each row execute function hub_referral_event_notify();`);

    for (const table of ['referral', 'referral_snapshot', 'referral_event']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
    }
    // The agency side through the client policy (the owner, unforced there, sees every client); the provider by its setting.
    this.addSql(`create policy "referral_of_either_side" on "referral" for all
      using ("client_id" in (select c.id from client c) or "provider_id" = hub_setting_int('hub.provider_id'))
      with check ("client_id" in (select c.id from client c) or "provider_id" = hub_setting_int('hub.provider_id'));`);
    for (const table of ['referral_snapshot', 'referral_event']) {
      this.addSql(`create policy "${table}_of_visible_referral" on "${table}" for all
        using ("referral_id" in (select r.id from referral r)) with check ("referral_id" in (select r.id from referral r));`);
    }
    this.addSql('grant select, insert, update on "referral" to hub_app;');
    this.addSql('grant usage on sequence "referral_id_seq" to hub_app;');
    // A withdrawn consent deletes the snapshots it covered.
    this.addSql('grant select, insert, delete on "referral_snapshot" to hub_app;');
    this.addSql('grant usage on sequence "referral_snapshot_id_seq" to hub_app;');
    // The outbox and history: appended, never changed.
    this.addSql('grant select, insert on "referral_event" to hub_app;');
    this.addSql('grant usage on sequence "referral_event_id_seq" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "referral_event", "referral_snapshot", "referral", "referral_deadline_rule";');
    this.addSql('drop function hub_referral_event_notify();');
    this.addSql('drop function hub_referrals_due(timestamptz, interval);');
    this.addSql('drop function hub_referral_waitlist_position(int);');
    this.addSql('drop function hub_referral_draw_ticket();');
    this.addSql('drop function hub_referral_count_seat();');
    this.addSql('drop index "offer_published_location_idx";');
    this.addSql(`create index "offer_published_location_idx" on "offer" ("location_id") include ("id", "family", "programme", "format", "capacity", "seats_taken", "start_date", "rolling_entry", "end_date", "childcare") where "status" = 'PUBLISHED';`);
    this.addSql(`alter table "offer" drop constraint "offer_seats_within_capacity", drop constraint "offer_seats_referred_not_negative",
      drop column "referral_tickets", drop column "seats_referred";`);
    this.addSql('drop type "referral_side", "referral_seat", "referral_reason", "referral_action", "referral_status";');
  }
}
