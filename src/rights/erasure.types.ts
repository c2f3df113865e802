import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ClientErasureRequest } from './client-erasure-request.entity';
import { ErasureGround } from './erasure.enums';
import { RightsUserError } from './rights.user-errors';

@InputType({ description: 'A request to erase a client now.' })
export class ClientErasureRequestInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => ErasureGround, { description: 'The ground of GDPR Art. 17(1).' })
  ground!: ErasureGround;
}

@ObjectType({ description: 'Result of clientErasureRequest.' })
export class ClientErasureRequestPayload {
  @Field(() => ClientErasureRequest, { nullable: true, description: 'The pending request, to confirm with clientErasureConfirm; null when refused.' })
  erasureRequest!: ClientErasureRequest | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [RightsUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: RightsUserError[];
}

@InputType({ description: 'The confirmation of an erasure request.' })
export class ClientErasureConfirmInput {
  @Field(() => ID, { description: 'The pending ClientErasureRequest.' })
  request!: string;
}

@ObjectType({ description: 'Result of clientErasureConfirm.' })
export class ClientErasureConfirmPayload {
  @Field(() => ID, { nullable: true, description: 'The global ID the erased client had; null when refused. Nothing of the person is left to fetch.' })
  erasedClientId!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [RightsUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: RightsUserError[];
}
