import { auditModule } from '../audit/audit.module';
import { caseloadsModule } from '../caseloads/caseloads.module';
import { consentsModule } from '../consents/consents.module';
import type { HubModule } from '../core/module';
import { geographyModule } from '../geography/geography.module';
import { integrationsModule } from '../integrations/integrations.module';
import { matchingModule } from '../matching/matching.module';
import { offersModule } from '../offers/offers.module';
import { plansModule } from '../plans/plans.module';
import { providersModule } from '../providers/providers.module';
import { referralsModule } from '../referrals/referrals.module';
import { rightsModule } from '../rights/rights.module';
import { tenancyModule } from '../tenancy/tenancy.module';
import { webhooksModule } from '../webhooks/webhooks.module';

/** Every domain of the hub. A new domain is one folder with its `<domain>.module.ts`, and one line here. */
export const MODULES: readonly HubModule[] = [
  geographyModule,
  providersModule,
  offersModule,
  integrationsModule,
  tenancyModule,
  auditModule,
  caseloadsModule,
  plansModule,
  consentsModule,
  matchingModule,
  referralsModule,
  rightsModule,
  webhooksModule,
];
