import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_catalogue } from './Migration20261125000000_catalogue';
import { Migration20261125170000_api_keys } from './Migration20261125170000_api_keys';
import { Migration20261125180000_tenancy } from './Migration20261125180000_tenancy';
import { Migration20261125190000_caseloads } from './Migration20261125190000_caseloads';
import { Migration20261125200000_indexable_caseload_policies } from './Migration20261125200000_indexable_caseload_policies';
import { Migration20261125210000_policy_settings_once } from './Migration20261125210000_policy_settings_once';
import { Migration20261125220000_caseload_order_indexes } from './Migration20261125220000_caseload_order_indexes';
import { Migration20261201090000_rate_limits } from './Migration20261201090000_rate_limits';
import { Migration20261201100000_trusted_documents } from './Migration20261201100000_trusted_documents';
import { Migration20261202090000_short_search_terms } from './Migration20261202090000_short_search_terms';
import { Migration20261203090000_consent_purpose } from './Migration20261203090000_consent_purpose';
import { Migration20261203100000_client_availability_slots } from './Migration20261203100000_client_availability_slots';
import { Migration20261204090000_matching } from './Migration20261204090000_matching';
import { Migration20261205090000_pathways } from './Migration20261205090000_pathways';
import { Migration20261205100000_client_facts } from './Migration20261205100000_client_facts';
import { Migration20261205110000_weight_publishing } from './Migration20261205110000_weight_publishing';
import { Migration20261205110100_rule_set_2 } from './Migration20261205110100_rule_set_2';
import { Migration20261205120000_suggestion_indexes } from './Migration20261205120000_suggestion_indexes';
import { Migration20261206090000_referrals } from './Migration20261206090000_referrals';
import { Migration20261206095000_suggestion_indexes_ledger } from './Migration20261206095000_suggestion_indexes_ledger';
import { Migration20261206110000_referral_notices } from './Migration20261206110000_referral_notices';

/** Every migration, in order. Add new ones at the end (npm run migration:create writes the file). */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000000_catalogue', class: Migration20261125000000_catalogue },
  { name: 'Migration20261125170000_api_keys', class: Migration20261125170000_api_keys },
  { name: 'Migration20261125180000_tenancy', class: Migration20261125180000_tenancy },
  { name: 'Migration20261125190000_caseloads', class: Migration20261125190000_caseloads },
  { name: 'Migration20261125200000_indexable_caseload_policies', class: Migration20261125200000_indexable_caseload_policies },
  { name: 'Migration20261125210000_policy_settings_once', class: Migration20261125210000_policy_settings_once },
  { name: 'Migration20261125220000_caseload_order_indexes', class: Migration20261125220000_caseload_order_indexes },
  { name: 'Migration20261201090000_rate_limits', class: Migration20261201090000_rate_limits },
  { name: 'Migration20261201100000_trusted_documents', class: Migration20261201100000_trusted_documents },
  { name: 'Migration20261202090000_short_search_terms', class: Migration20261202090000_short_search_terms },
  { name: 'Migration20261203090000_consent_purpose', class: Migration20261203090000_consent_purpose },
  { name: 'Migration20261203100000_client_availability_slots', class: Migration20261203100000_client_availability_slots },
  { name: 'Migration20261204090000_matching', class: Migration20261204090000_matching },
  { name: 'Migration20261205090000_pathways', class: Migration20261205090000_pathways },
  { name: 'Migration20261205100000_client_facts', class: Migration20261205100000_client_facts },
  { name: 'Migration20261205110000_weight_publishing', class: Migration20261205110000_weight_publishing },
  { name: 'Migration20261205110100_rule_set_2', class: Migration20261205110100_rule_set_2 },
  { name: 'Migration20261205120000_suggestion_indexes', class: Migration20261205120000_suggestion_indexes },
  { name: 'Migration20261206090000_referrals', class: Migration20261206090000_referrals },
  { name: 'Migration20261206095000_suggestion_indexes_ledger', class: Migration20261206095000_suggestion_indexes_ledger },
  { name: 'Migration20261206110000_referral_notices', class: Migration20261206110000_referral_notices },
];
