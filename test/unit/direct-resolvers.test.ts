import { graphql, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { callFieldResolversDirectly } from '../../src/core/graphql/direct-resolvers';

@ObjectType({ description: 'A thing.' })
class Thing {
  @Field({ description: 'Its name.' })
  name!: string;

  @Field({ description: 'A getter on the class itself.' })
  get shout(): string {
    return this.name.toUpperCase();
  }
}

const things = () => [Object.assign(new Thing(), { name: 'eins' }), Object.assign(new Thing(), { name: 'zwei' })];

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing], { description: 'Instances of Thing.' })
  things(): Thing[] {
    return things();
  }

  @Query(() => [Thing], { description: 'Plain objects, which type-graphql turns into Things.' })
  plainThings(): Thing[] {
    return [{ name: 'drei' } as Thing];
  }

  @FieldResolver(() => String, { description: 'Root, context and info, in an order of its own.' })
  described(@Info() info: GraphQLResolveInfo, @Root() thing: Thing, @Ctx() ctx: { tag: string }): string {
    return `${thing.name}/${ctx.tag}/${info.fieldName}/${this instanceof ThingResolver}`;
  }

  @FieldResolver(() => String, { description: 'Has an argument.' })
  withArgument(@Root() thing: Thing, @Arg('suffix', { description: 'Appended.' }) suffix: string): string {
    return thing.name + suffix;
  }

  @Authorized('ADMIN')
  @FieldResolver(() => String, { description: 'Guarded.' })
  guarded(@Root() thing: Thing): string {
    return thing.name;
  }

  @UseMiddleware(async (_data, next) => `mw:${String(await next())}`)
  @FieldResolver(() => String, { description: 'Has a middleware.' })
  wrapped(@Root() thing: Thing): string {
    return thing.name;
  }
}

const build = () => buildSchema({ resolvers: [ThingResolver], validate: false, authChecker: ({ context }) => (context as { admin: boolean }).admin });
const fieldsOf = (schema: GraphQLSchema) => (schema.getType('Thing') as GraphQLObjectType).getFields();
const QUERY = '{ things { name shout described withArgument(suffix: "!") guarded wrapped } plainThings { shout described } }';

describe('field resolvers called directly', () => {
  it("replaces type-graphql's resolver only where it adds nothing", async () => {
    const schema = await build();
    const before = Object.fromEntries(Object.entries(fieldsOf(schema)).map(([name, field]) => [name, field.resolve]));
    callFieldResolversDirectly(schema, [ThingResolver]);
    const replaced = Object.entries(fieldsOf(schema))
      .filter(([name, field]) => field.resolve !== before[name])
      .map(([name]) => name);
    expect(replaced.sort()).toEqual(['described', 'shout']);
  });

  it('answers as type-graphql does, also for roots it has to convert', async () => {
    const wrapped = await build();
    const direct = await build();
    callFieldResolversDirectly(direct, [ThingResolver]);
    for (const admin of [true, false]) {
      const expected = await graphql({ schema: wrapped, source: QUERY, contextValue: { tag: 't', admin } });
      const actual = await graphql({ schema: direct, source: QUERY, contextValue: { tag: 't', admin } });
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const { data } = await graphql({ schema: direct, source: QUERY, contextValue: { tag: 't', admin: true } });
    expect(data).toEqual({
      things: [
        { name: 'eins', shout: 'EINS', described: 'eins/t/described/true', withArgument: 'eins!', guarded: 'eins', wrapped: 'mw:eins' },
        { name: 'zwei', shout: 'ZWEI', described: 'zwei/t/described/true', withArgument: 'zwei!', guarded: 'zwei', wrapped: 'mw:zwei' },
      ],
      plainThings: [{ shout: 'DREI', described: 'drei/t/described/true' }],
    });
  });
});
