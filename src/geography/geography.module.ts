import type { HubModule } from '../core/module';
import { District } from './district.entity';
import { canSeeDistrict, canSeeMunicipality } from './geography.policy';
import { DistrictResolver, MunicipalityResolver } from './geography.resolver';
import { Municipality } from './municipality.entity';

/** Districts and municipalities of Baden-Württemberg: public reference data. */
export const geographyModule: HubModule = {
  name: 'geography',
  entities: [District, Municipality],
  resolvers: [DistrictResolver, MunicipalityResolver],
  displayNames: [{ entity: Municipality, name: (municipality: Municipality) => municipality.name }],
  nodeTypes: [
    { typeName: 'District', entity: District, visible: canSeeDistrict },
    { typeName: 'Municipality', entity: Municipality, visible: canSeeMunicipality },
  ],
};
