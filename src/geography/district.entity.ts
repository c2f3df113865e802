import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { describeEnum } from '../core/graphql/described-enum';

export enum DistrictKind {
  STADTKREIS = 'STADTKREIS',
  LANDKREIS = 'LANDKREIS',
}
describeEnum(DistrictKind, 'DistrictKind', 'Whether a district is a city (Stadtkreis) or a rural district (Landkreis).', {
  STADTKREIS: 'A city that forms a district of its own (kreisfreie Stadt).',
  LANDKREIS: 'A rural district grouping several municipalities.',
});

@ObjectType({ implements: Node, simpleResolvers: true, description: 'One of the 44 Stadt- and Landkreise of Baden-Württemberg.' })
@Entity({ tableName: 'district' })
export class District extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** The Amtlicher Gemeindeschlüssel (AGS), stored in column `ags`. */
  @Field({ description: 'Amtlicher Gemeindeschlüssel (AGS) of the district: five digits, e.g. 08111.' })
  @Property({ type: 'string', length: 5, unique: true, fieldName: 'ags' })
  code!: string;

  @Field({ description: 'Official name, e.g. "Stuttgart" or "Rems-Murr-Kreis".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => DistrictKind, { description: 'Stadtkreis or Landkreis.' })
  @Enum({ items: () => DistrictKind, nativeEnumName: 'district_kind' })
  kind!: DistrictKind;

  @Field(() => Int, { description: 'Inhabitants (Destatis).' })
  @Property({ type: 'integer' })
  population!: number;
}
