import { Field, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { MAX_TRUSTED_DOCUMENT_NAME_LENGTH, TrustedDocument } from './trusted-document.entity';
import { MAX_TRUSTED_DOCUMENT_TOKENS } from './trusted-document.service';
import { TrustedDocumentUserError } from './trusted-document.user-errors';

@InputType({ description: 'A document to register for third-party systems.' })
export class TrustedDocumentRegisterInput {
  @Field({ description: `Name of the document (1–${MAX_TRUSTED_DOCUMENT_NAME_LENGTH} characters after surrounding spaces are dropped).` })
  name!: string;

  @Field({ description: `The GraphQL document, stored exactly as given: it must parse (at most ${MAX_TRUSTED_DOCUMENT_TOKENS.toLocaleString('en')} tokens) and be valid against the schema.` })
  document!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Result of trustedDocumentRegister.' })
export class TrustedDocumentRegisterPayload {
  @Field(() => TrustedDocument, { nullable: true, description: 'The registered document (the earlier registration when the same text was registered before); null when userErrors explain why not.' })
  trustedDocument!: TrustedDocument | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [TrustedDocumentUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: TrustedDocumentUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A trusted document with its cursor.' })
export class TrustedDocumentEdge extends EdgeType(TrustedDocument) {}

@ObjectType({ simpleResolvers: true, description: 'A page of trusted documents.' })
export class TrustedDocumentConnection extends ConnectionType(TrustedDocument, TrustedDocumentEdge) {}
