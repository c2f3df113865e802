import { Migration } from '@mikro-orm/migrations';

const WEIGHTS = ['plan_goal', 'level', 'distance', 'schedule', 'childcare', 'start', 'seats', 'languages', 'audience', 'cost'];

/**
 * Coordinators publish their agency's weights (matchingWeightsPublish): each version names who
 * published it, when and why, like a rule set (published_at, published_by, note). The database
 * refuses what the service refuses too: a weight above 100 (which also keeps out NaN and
 * Infinity, which PostgreSQL sorts above every number) and a set whose weights are all zero.
 * Row-level security stays as the matching migration set it: everyone of an agency reads the
 * default set and the agency's own; only the agency's coordinators insert, for their agency.
 */
export class Migration20261205110000_weight_publishing extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "matching_weight_set" rename column "created_at" to "published_at";');
    this.addSql('alter table "matching_weight_set" rename column "created_by" to "published_by";');
    this.addSql(`alter table "matching_weight_set" add column "note" varchar(1000) not null default '';`);
    for (const column of WEIGHTS) {
      this.addSql(`alter table "matching_weight_set" add constraint "matching_weight_set_${column}_max" check ("${column}" <= 100);`);
    }
    this.addSql(`alter table "matching_weight_set" add constraint "matching_weight_set_not_all_zero" check (${WEIGHTS.map((column) => `"${column}"`).join(' + ')} > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "matching_weight_set" drop constraint "matching_weight_set_not_all_zero";');
    for (const column of WEIGHTS) this.addSql(`alter table "matching_weight_set" drop constraint "matching_weight_set_${column}_max";`);
    this.addSql('alter table "matching_weight_set" drop column "note";');
    this.addSql('alter table "matching_weight_set" rename column "published_by" to "created_by";');
    this.addSql('alter table "matching_weight_set" rename column "published_at" to "created_at";');
  }
}
