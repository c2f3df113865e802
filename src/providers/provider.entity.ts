import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { describeEnum } from '../core/graphql/described-enum';

export enum ProviderKind {
  VOLKSHOCHSCHULE = 'VOLKSHOCHSCHULE',
  BILDUNGSTRAEGER = 'BILDUNGSTRAEGER',
  VEREIN = 'VEREIN',
  SCHULE = 'SCHULE',
  KOMMUNE = 'KOMMUNE',
  WOHLFAHRTSVERBAND = 'WOHLFAHRTSVERBAND',
  KAMMER = 'KAMMER',
  UNTERNEHMEN = 'UNTERNEHMEN',
  AGENTUR_FUER_ARBEIT = 'AGENTUR_FUER_ARBEIT',
}
describeEnum(ProviderKind, 'ProviderKind', 'What kind of organisation a provider is.', {
  VOLKSHOCHSCHULE: 'Adult education centre (Volkshochschule).',
  BILDUNGSTRAEGER: 'Private or non-profit education provider (Bildungsträger).',
  VEREIN: 'Registered association, often volunteer-run (Verein).',
  SCHULE: 'School, e.g. a vocational school running VABO classes.',
  KOMMUNE: 'Municipality or district office.',
  WOHLFAHRTSVERBAND: 'Welfare organisation (Caritas, Diakonie, AWO, DRK, …).',
  KAMMER: 'Chamber of crafts or of industry and commerce (HWK, IHK).',
  UNTERNEHMEN: 'Company offering training places or internships.',
  AGENTUR_FUER_ARBEIT: 'Employment agency or Jobcenter.',
});

@ObjectType({ implements: Node, simpleResolvers: true, description: 'An organisation that runs integration measures.' })
@Entity({ tableName: 'provider' })
export class Provider extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Name of the organisation.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => ProviderKind, { description: 'Kind of organisation.' })
  @Enum({ items: () => ProviderKind, nativeEnumName: 'provider_kind' })
  kind!: ProviderKind;

  @Field(() => String, { nullable: true, description: 'Public contact email address.' })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number.' })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  @Property({ type: 'string', nullable: true })
  website: string | null = null;
}
