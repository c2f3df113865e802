import type { HubModule } from '../core/module';
import { District } from './district.entity';
import { DistrictResolver, MunicipalityResolver } from './geography.resolver';
import { Municipality } from './municipality.entity';

const everyone = () => true;

/** Districts and municipalities of Baden-Württemberg: public reference data. */
export const geographyModule: HubModule = {
  name: 'geography',
  entities: [District, Municipality],
  resolvers: [DistrictResolver, MunicipalityResolver],
  nodeTypes: [
    { typeName: 'District', entity: District, visible: everyone },
    { typeName: 'Municipality', entity: Municipality, visible: everyone },
  ],
};
