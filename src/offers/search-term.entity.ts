import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * A word of the catalogue's vocabulary, for typo tolerance. Filled by database triggers on
 * `offer` (see the catalogue migration); the hub only reads it, inside offer search.
 */
@Entity({ tableName: 'search_term' })
@Index({ name: 'search_term_trgm_idx', expression: 'create index "search_term_trgm_idx" on "search_term" using gin (hub_fold("term") gin_trgm_ops)' })
export class SearchTerm {
  @PrimaryKey({ type: 'text' })
  term!: string;
}
