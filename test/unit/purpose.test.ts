import { buildSchema, Ctx, Query, Resolver } from 'type-graphql';
import { assertPurposesDeclared, Purpose } from '../../src/audit/purpose';
import { AuditPurpose } from '../../src/audit/audit.enums';
import { buildHubSchema } from '../../src/app/hub';
import { User } from '../../src/tenancy/user.entity';

@Resolver()
class Colleagues {
  @Query(() => [User], { description: 'Reaches personal data without saying why.' })
  undeclared(@Ctx() _ctx: unknown): User[] {
    return [];
  }

  @Purpose(AuditPurpose.ADMINISTRATION)
  @Query(() => [User], { description: 'Reaches personal data for a declared purpose.' })
  declared(): User[] {
    return [];
  }

  @Query(() => String, { description: 'No personal data.' })
  harmless(): string {
    return '';
  }
}

describe('declared purposes', () => {
  it('refuses at start-up a schema whose operation reaches personal data without a purpose', async () => {
    const schema = await buildSchema({ resolvers: [Colleagues], validate: false, authChecker: () => true });
    expect(() => assertPurposesDeclared(schema, [{ type: User, subjectType: 'User', subjectId: (user: User) => user.id }])).toThrow('These operations reach personal data but declare no @Purpose: Query.undeclared');
  });

  it("accepts the hub's own schema", async () => {
    await expect(buildHubSchema()).resolves.toBeDefined();
  });
});
