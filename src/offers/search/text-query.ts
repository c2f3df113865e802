import { rawSql, sql, type Sql } from '../../core/database/sql';
import { predicate, type CriterionPredicate } from './criterion';

/**
 * Words shorter than this are never corrected: the vocabulary holds no such words (see the
 * catalogue migration's hub_collect_search_terms), and trigrams of one or two characters say nothing
 * about similarity, so "B1" or "EQ" would be "corrected" into an unrelated term.
 */
const SHORTEST_CORRECTED_WORD = 3;

/** The full-text part of a search: the CTE `text_query`, the TEXT criterion and the relevance that read it. */
export interface TextQuery {
  cte: Sql;
  predicate: CriterionPredicate<'TEXT'>;
  relevance: Sql;
}

/** The text query of a search text, or null for a blank one (which asks for nothing). */
export function textQuery(text: string | null | undefined): TextQuery | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return {
    cte: textQueryCte(trimmed),
    predicate: predicate('TEXT', rawSql('o.search_vector @@ (select ts from text_query)')),
    relevance: rawSql('ts_rank_cd(o.search_vector, (select ts from text_query))::float8'),
  };
}

/**
 * German full text with typo tolerance: each query word of three characters or more that is not a
 * known catalogue term is replaced by the most similar known term (trigram similarity,
 * accent-blind); shorter words ("B1", "EQ") stay as they are. Then all words must match (stemmed,
 * stop words dropped). A slash separates words, as in the search vector. Resolved once per
 * statement, so the GIN index applies.
 */
function textQueryCte(text: string): Sql {
  return sql`text_query as materialized (
    select plainto_tsquery('german', coalesce(string_agg(term, ' '), '')) as ts from (
      select case when length(word) < ${rawSql(String(SHORTEST_CORRECTED_WORD))} then word else coalesce(
        (select t.term from search_term t where t.term = word),
        (select t.term from search_term t where hub_fold(t.term) % hub_fold(word)
           order by hub_fold(t.term) <-> hub_fold(word), t.term limit 1),
        word) end as term
      from unnest(tsvector_to_array(to_tsvector('simple', translate(${text}, '/', ' ')))) as word
    ) corrected)`;
}
