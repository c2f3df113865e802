import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityClass } from '@mikro-orm/core';
import { District } from '../../geography/district.entity';
import { Municipality } from '../../geography/municipality.entity';
import { Offer } from '../../offers/offer.entity';
import { OfferStatus } from '../../offers/offer.enums';
import { Location } from '../../providers/location.entity';
import { Provider } from '../../providers/provider.entity';
import { agencyOf, hasRole, providerOf, Role, type Viewer } from '../auth/viewer';
import { AuditPurpose } from '../../audit/audit.enums';
import { Purpose } from '../../audit/purpose';
import { Agency } from '../../tenancy/agency.entity';
import { Team } from '../../tenancy/team.entity';
import { canSeeUser } from '../../tenancy/tenancy.service';
import { User } from '../../tenancy/user.entity';
import { CaseNote } from '../../caseloads/case-note.entity';
import { Client } from '../../caseloads/client.entity';
import { SupportExtension } from '../../caseloads/support-extension.entity';
import { Consent } from '../../consents/consent.entity';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from '../../plans/plan.entity';
import { ApiKey } from '../../integrations/api-key.entity';
import type { Context } from '../context';
import { ListCap } from '../graphql/list-cap';
import { AppError } from '../errors';
import { fromGlobalId } from './global-id';
import { Node } from './node';

interface NodeType<T extends Node> {
  entity: EntityClass<T>;
  /** Whether the viewer may see this row; a hidden row answers exactly like a missing one (null). */
  visible(viewer: Viewer, row: T, ctx: Context): boolean | Promise<boolean>;
}

/** Case data: only within the viewer's agency, and (row-level security decides the rest) its caseloads. */
const ofVisibleClient = async (viewer: Viewer, row: Node, ctx: Context): Promise<boolean> => {
  const clientId = row instanceof Client ? row.id : (row as unknown as { client: { id: number } }).client.id;
  const client = await ctx.loaders.byId(Client).load(clientId);
  return client !== null && agencyOf(viewer) === client.agency.id;
};

const everyone = () => true;

/** Every type `node(id:)` can return. A type missing here resolves to null. */
const NODE_TYPES: Record<string, NodeType<Node>> = {
  District: { entity: District, visible: everyone },
  Municipality: { entity: Municipality, visible: everyone },
  Provider: { entity: Provider, visible: everyone },
  Location: { entity: Location, visible: everyone },
  // Drafts and archived offers: only to their own provider.
  Offer: { entity: Offer, visible: (viewer, offer) => (offer as Offer).status === OfferStatus.PUBLISHED || providerOf(viewer) === (offer as Offer).provider.id },
  ApiKey: { entity: ApiKey, visible: (viewer) => hasRole(viewer, Role.ADMIN) },
  Agency: { entity: Agency, visible: everyone },
  Team: { entity: Team, visible: (viewer, team) => hasRole(viewer, Role.ADMIN) || agencyOf(viewer) === (team as Team).agency.id },
  User: { entity: User, visible: (viewer, user) => canSeeUser(viewer, user as User) },
  Client: { entity: Client, visible: ofVisibleClient },
  Plan: { entity: Plan, visible: ofVisibleClient },
  PlanGoal: { entity: PlanGoal, visible: ofVisibleClient },
  PlanMeasure: { entity: PlanMeasure, visible: ofVisibleClient },
  PlanReview: { entity: PlanReview, visible: ofVisibleClient },
  CaseNote: { entity: CaseNote, visible: ofVisibleClient },
  SupportExtension: { entity: SupportExtension, visible: ofVisibleClient },
  Consent: { entity: Consent, visible: ofVisibleClient },
} as Record<string, NodeType<Node>>;

const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Query(() => Node, { nullable: true, description: 'Fetches an object by its global ID; null when it does not exist or is not visible to you.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global ID of the object.' }) id: string): Promise<Node | null> {
    return loadNode(ctx, id, 'id');
  }

  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @ListCap(MAX_NODES)
  @Query(() => [Node], { nullable: 'items', description: `Fetches up to ${MAX_NODES} objects by global ID, in the order given; null for each one not found.` })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global IDs of the objects.' }) ids: string[]): Promise<Array<Node | null>> {
    if (ids.length > MAX_NODES) throw new AppError('PAGE_SIZE_EXCEEDED', `"ids" must not hold more than ${MAX_NODES} IDs.`, { argument: 'ids' });
    return Promise.all(ids.map((id, i) => loadNode(ctx, id, `ids[${i}]`)));
  }
}

async function loadNode(ctx: Context, globalId: string, argument: string): Promise<Node | null> {
  const { type, id } = fromGlobalId(globalId, argument);
  const nodeType = NODE_TYPES[type];
  if (!nodeType) return null;
  const row = await ctx.loaders.byId(nodeType.entity as EntityClass<Node & { id: number }>).load(id);
  return row && (await nodeType.visible(ctx.viewer, row, ctx)) ? row : null;
}
