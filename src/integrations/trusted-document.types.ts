import { Field, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { TrustedDocument } from './trusted-document.entity';

@InputType({ description: 'A document to register for third-party systems.' })
export class TrustedDocumentRegisterInput {
  @Field({ description: 'Name of the document (1–100 characters).' })
  name!: string;

  @Field({ description: 'The GraphQL document; it must be valid against the schema.' })
  document!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Result of registering a trusted document.' })
export class TrustedDocumentPayload {
  @Field(() => TrustedDocument, { nullable: true, description: 'The registered document; null when userErrors explain why not.' })
  trustedDocument!: TrustedDocument | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A trusted document with its cursor.' })
export class TrustedDocumentEdge extends EdgeType(TrustedDocument) {}

@ObjectType({ simpleResolvers: true, description: 'A page of trusted documents.' })
export class TrustedDocumentConnection extends ConnectionType(TrustedDocument, TrustedDocumentEdge) {}
