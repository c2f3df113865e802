import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** The length of trusted_document.name. */
export const MAX_TRUSTED_DOCUMENT_NAME_LENGTH = 100;

/**
 * A document (persisted operation) an admin registered for third-party systems. Keys that opt in
 * may send nothing else: a leaked key can then only run what its system was meant to run.
 */
@ObjectType({ simpleResolvers: true, description: 'A GraphQL document registered for third-party systems (a persisted operation).' })
@Entity({ tableName: 'trusted_document' })
export class TrustedDocument {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'SHA-256 of the document text, in hex: send it as `extensions.persistedQuery.sha256Hash` (Apollo APQ) instead of the text.' })
  @Property({ type: 'string', unique: true })
  sha256!: string;

  @Field({ description: `Name given by the admin (1–${MAX_TRUSTED_DOCUMENT_NAME_LENGTH} characters), e.g. "Kursverwaltung: Plätze melden".` })
  @Property({ type: 'string', length: MAX_TRUSTED_DOCUMENT_NAME_LENGTH })
  name!: string;

  @Field({ description: 'The document itself.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When it was registered.' })
  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();
}
