import { Migration } from '@mikro-orm/migrations';

// The words of src/vocabulary/time-slot.ts as this migration knows them.
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const PARTS_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING'];
const MAX_SLOTS = WEEKDAYS.length * PARTS_OF_DAY.length;
const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A client's availability as structured slots: `client.availability` was a text[] of
 * 'MONDAY_MORNING'-style words and becomes a jsonb array of {"weekday": …, "partOfDay": …}, the
 * shape of the API's TimeSlot. It stays a column of the client row, so row-level security,
 * grants, export and erasure stay those of the client; a slot is found with containment
 * (`availability @> '[{"weekday": "MONDAY", "partOfDay": "MORNING"}]'`).
 *
 * `hub_time_slots_valid` keeps every stored value valid: an array of at most 21 objects, each
 * with exactly a known weekday and part of day, none twice. The conversion keeps the order of
 * the words and merges repeated ones; a word that is no slot stops the migration, naming how many
 * rows hold one (the API never wrote such words, so only hand-made rows can).
 */
export class Migration20261203100000_client_availability_slots extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function hub_time_slots_valid(slots jsonb) returns boolean
      language sql immutable strict parallel safe as $$
      select case
        when jsonb_typeof(slots) <> 'array' then false
        when jsonb_array_length(slots) > ${MAX_SLOTS} then false
        else (
          select coalesce(bool_and(coalesce(
              jsonb_typeof(slot) = 'object'
              and slot = jsonb_build_object('weekday', slot ->> 'weekday', 'partOfDay', slot ->> 'partOfDay')
              and slot ->> 'weekday' in (${quoted(WEEKDAYS)})
              and slot ->> 'partOfDay' in (${quoted(PARTS_OF_DAY)}), false)), true)
            and count(distinct slot) = count(*)
          from jsonb_array_elements(slots) as element(slot))
      end
    $$;`);

    this.addSql(`do $$
      declare unconvertible int;
      begin
        select count(*) into unconvertible from client c
        where exists (select 1 from unnest(c.availability) as given(slot)
                      where slot !~ '^(${WEEKDAYS.join('|')})_(${PARTS_OF_DAY.join('|')})$');
        if unconvertible > 0 then
          raise exception '% client rows hold availability words other than WEEKDAY_PARTOFDAY (e.g. MONDAY_MORNING); correct them, then migrate again', unconvertible;
        end if;
      end
    $$;`);
    // Used by this migration only: ALTER … USING takes no subquery, a function may hold one.
    this.addSql(`create function hub_time_slots_from_text(slots text[]) returns jsonb
      language sql immutable strict as $$
      select coalesce(jsonb_agg(jsonb_build_object('weekday', split_part(slot, '_', 1), 'partOfDay', split_part(slot, '_', 2)) order by first), '[]'::jsonb)
      from (select slot, min(position) as first from unnest(slots) with ordinality as given(slot, position) group by slot) as merged
    $$;`);
    this.addSql('alter table "client" alter column "availability" drop default;');
    this.addSql('alter table "client" alter column "availability" type jsonb using hub_time_slots_from_text("availability");');
    this.addSql(`alter table "client" alter column "availability" set default '[]'::jsonb;`);
    this.addSql('alter table "client" add constraint "client_availability_valid" check (hub_time_slots_valid("availability"));');
    this.addSql('drop function hub_time_slots_from_text(text[]);');
  }

  override async down(): Promise<void> {
    this.addSql(`create function hub_time_slots_to_text(slots jsonb) returns text[]
      language sql immutable strict as $$
      select coalesce(array_agg((slot ->> 'weekday') || '_' || (slot ->> 'partOfDay') order by position), '{}')
      from jsonb_array_elements(slots) with ordinality as given(slot, position)
    $$;`);
    this.addSql('alter table "client" drop constraint "client_availability_valid";');
    this.addSql('alter table "client" alter column "availability" drop default;');
    this.addSql('alter table "client" alter column "availability" type text[] using hub_time_slots_to_text("availability");');
    this.addSql(`alter table "client" alter column "availability" set default '{}';`);
    this.addSql('drop function hub_time_slots_to_text(jsonb);');
    this.addSql('drop function hub_time_slots_valid(jsonb);');
  }
}
