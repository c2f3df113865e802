import { Migration } from '@mikro-orm/migrations';

/** The referral deadlines are law as data, like the eligibility rules: everyone reads them, nobody edits them through the app. */
export class Migration20261206140000_referral_deadline_rule_rls extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "referral_deadline_rule" enable row level security;');
    this.addSql('create policy "referral_deadline_rule_read" on "referral_deadline_rule" for select using (true);');
  }

  override async down(): Promise<void> {
    this.addSql('drop policy "referral_deadline_rule_read" on "referral_deadline_rule";');
    this.addSql('alter table "referral_deadline_rule" disable row level security;');
  }
}
