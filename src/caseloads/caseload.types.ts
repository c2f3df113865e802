import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { OrderDirection } from '../core/relay/order-direction';
import { ConnectionArgs, DEFAULT_PAGE_SIZE, PageInfo } from '../core/relay/connection';
import { CefrLevel } from '../vocabulary/cefr-level';
import { PlanArea } from '../vocabulary/plan-area';
import { Client } from './client.entity';
import { ClientStatus } from './client.enums';

/** The largest caseload page: a manager holds 100–160 cases, and one page holds them all. */
export const MAX_CASELOAD_PAGE = 200;
/** The widest window of `supportEndingWithinDays`: ten years. */
export const MAX_SUPPORT_ENDING_WITHIN_DAYS = 3650;

export enum CaseloadOrderField {
  NAME = 'NAME',
  SUPPORT_END = 'SUPPORT_END',
}
describeEnum(CaseloadOrderField, 'CaseloadOrderField', 'Properties by which a caseload can be ordered.', {
  NAME: 'Family name, then given names.',
  SUPPORT_END: 'Planned end of support.',
});

@InputType({ description: 'Order of a caseload.' })
export class CaseloadOrder {
  @Field(() => CaseloadOrderField, { description: 'The property to order by.' })
  field!: CaseloadOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction; ascending by default.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Narrows a caseload; all given conditions must hold.' })
export class CaseloadFilter {
  @Field(() => [ClientStatus], { nullable: true, description: 'Only these statuses (default: ACTIVE and PAUSED).' })
  statuses?: ClientStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Cases of this manager (coordinators; managers see their own by default).' })
  manager?: string | null;

  @Field(() => ID, { nullable: true, description: "Cases of this team's managers (coordinators, and managers where the agency shares team caseloads)." })
  team?: string | null;

  @Field(() => Int, { nullable: true, description: `Support ends within this many days (0–${MAX_SUPPORT_ENDING_WITHIN_DAYS}).` })
  supportEndingWithinDays?: number | null;

  @Field(() => [CefrLevel], { nullable: true, description: 'Only these German levels.' })
  germanLevels?: CefrLevel[] | null;

  @Field(() => [PlanArea], { nullable: true, description: 'The current plan has an open goal in one of these areas.' })
  openGoalAreas?: PlanArea[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: no measure of the current plan is ACTIVE.' })
  withoutActiveMeasure?: boolean | null;
}

/** The connection arguments (as ConnectionArgs) with the caseload's larger page, then what to list. */
@ArgsType()
export class CaseloadArgs implements ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Returns the first n cases (at most ${MAX_CASELOAD_PAGE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the cases that come after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Returns the last n cases (at most ${MAX_CASELOAD_PAGE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the cases that come before this cursor.' })
  before?: string | null;

  @Field(() => CaseloadFilter, { nullable: true, description: 'Which cases.' })
  filter?: CaseloadFilter | null;

  @Field(() => CaseloadOrder, { nullable: true, description: 'Order of the cases; by name if not given.' })
  orderBy?: CaseloadOrder | null;
}

@ObjectType({ simpleResolvers: true, description: 'Number of cases in one status.' })
export class ClientStatusCount {
  @Field(() => ClientStatus, { description: 'The status.' })
  status!: ClientStatus;

  @Field(() => Int, { description: 'Cases matching the filter (apart from its statuses) in this status.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A client with its cursor.' })
export class ClientEdge {
  @Field({ description: 'Cursor of this edge.' })
  cursor!: string;

  @Field(() => Client, { description: 'The client.' })
  node!: Client;
}

@ObjectType({ description: 'A page of a caseload.' })
export class ClientConnection {
  @Field(() => [ClientEdge], { description: 'The cases of this page.' })
  edges!: ClientEdge[];

  @Field(() => [Client], { description: 'The clients of this page, without cursors.' })
  nodes!: Client[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  countTotal!: () => Promise<number>;
  countStatuses!: () => Promise<ClientStatusCount[]>;

  @Field(() => Int, { description: 'Cases across all pages. Costs a count query; select it only when needed.' })
  totalCount(): Promise<number> {
    return this.countTotal();
  }

  // One entry per status, zero counts included.
  @ListCap(Object.values(ClientStatus).length)
  @Field(() => [ClientStatusCount], { description: 'Cases per status for the same filter, ignoring its statuses. Costs one query.' })
  countsByStatus(): Promise<ClientStatusCount[]> {
    return this.countStatuses();
  }
}
