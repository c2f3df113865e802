import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { validateClientFields } from '../../src/caseloads/client-fields';
import { GermanEvidence, PartOfDay, type Weekday } from '../../src/caseloads/client.enums';
import { LIST_CAP_EXTENSION } from '../../src/core/graphql/list-cap';
import { buildHubSchema } from '../../src/app/hub';
import { MAX_USER_ERRORS } from '../../src/core/graphql/user-error';

/** Whether the field returns a list (at any depth of non-null wrapping) of objects, interfaces or unions. */
function listsComposites(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  return isListType(type) && isCompositeType(getNamedType(type));
}

/** `Type.field` of every plain composite list without a declared cap; connection pages are bounded by first/last. */
function uncappedLists(schema: GraphQLSchema): string[] {
  const uncapped: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!listsComposites(field)) continue;
      if (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) continue;
      const cap = field.extensions[LIST_CAP_EXTENSION];
      if (!(typeof cap === 'number' && Number.isInteger(cap) && cap > 0)) uncapped.push(`${type.name}.${field.name}`);
    }
  }
  return uncapped.sort();
}

describe('list caps', () => {
  it('declares a cap on every plain list of objects, so the cost of a document has a bound', async () => {
    expect(uncappedLists(await buildHubSchema())).toEqual([]);
  });

  it('leaves the cap of userErrors room for the most problems one mutation reports', () => {
    // clientCreate reports the most at once: every field check failing, plus support start and manager.
    const long = (n: number) => 'x'.repeat(n + 1);
    const worst = {
      givenNames: long(200),
      familyName: long(200),
      birthDate: '2999-01-01',
      phone: `a${long(50)}`,
      email: long(254),
      municipalityId: null,
      street: long(200),
      postalCode: '1',
      latitude: 10,
      longitude: 10,
      languages: ['english'],
      germanEvidence: GermanEvidence.CERTIFICATE,
      germanCertificate: long(200),
      germanEvidenceDate: '2998-01-01',
      schooling: long(500),
      workBackground: long(500),
      residenceParagraph: long(60),
      arrivalDate: '2998-01-01',
      childrenBirthYears: [1900],
      availability: [{ weekday: 'SOMEDAY' as Weekday, partOfDay: PartOfDay.MORNING }],
      maxTravelKm: 501,
      originCountry: long(100),
      healthNeeds: long(2000),
    };
    const { problems } = validateClientFields(worst, worst);
    expect(problems.length).toBeGreaterThanOrEqual(25);
    expect(problems.length + 2).toBeLessThanOrEqual(MAX_USER_ERRORS);
  });
});
