import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_catalogue } from './Migration20261125000000_catalogue';

/** Every migration, in order. Add new ones at the end (npm run migration:create writes the file). */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000000_catalogue', class: Migration20261125000000_catalogue },
];
