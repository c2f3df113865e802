import { Migration } from '@mikro-orm/migrations';

// The search text of an offer, as the search vector and the vocabulary read it. A slash separates
// words: PostgreSQL's parser would otherwise keep "A2/B1" or "Maurer/in" as one file-path token,
// and neither "B1" nor "Maurer" would be a word of the offer.
const SEARCH_VECTOR = `
  setweight(to_tsvector('german', translate("title" || ' ' || hub_programme_keywords("programme"), '/', ' ')), 'A') ||
  setweight(to_tsvector('german', translate("description", '/', ' ')), 'B')`;

const OLD_SEARCH_VECTOR = `
  setweight(to_tsvector('german', "title" || ' ' || hub_programme_keywords("programme")), 'A') ||
  setweight(to_tsvector('german', "description"), 'B')`;

/** The vocabulary trigger, splitting words like the search vector (`split`) or not. */
function collectSearchTerms(split: boolean): string {
  const text = `changed_offers.title || ' ' || hub_programme_keywords(changed_offers.programme) || ' ' || changed_offers.description`;
  return `create or replace function hub_collect_search_terms() returns trigger language plpgsql as $$
      begin
        insert into search_term (term)
        select distinct word from changed_offers,
          unnest(tsvector_to_array(to_tsvector('simple', ${split ? `translate(${text}, '/', ' ')` : text}))) as word
        where length(word) between 3 and 60
        on conflict do nothing;
        return null;
      end $$;`;
}

/** Rebuilds the vocabulary from every offer, as the trigger would have collected it. */
function rebuildVocabulary(split: boolean): string {
  const text = `title || ' ' || hub_programme_keywords(programme) || ' ' || description`;
  return `insert into search_term (term)
    select distinct word from offer, unnest(tsvector_to_array(to_tsvector('simple', ${split ? `translate(${text}, '/', ' ')` : text}))) as word
    where length(word) between 3 and 60`;
}

/**
 * Words of one or two characters (CEFR levels such as "B1", abbreviations such as "EQ") are
 * searchable: the search matches them exactly instead of "correcting" them to the nearest
 * vocabulary term (see src/offers/search/text-query.ts), and the search text splits at slashes, so the
 * "B1" of "(A2/B1)" is a word. The generated column is dropped and added again (PostgreSQL 16 has
 * no ALTER COLUMN … SET EXPRESSION), which rewrites `offer` once; the vocabulary is rebuilt so that it
 * holds the split words instead of the old slash tokens.
 */
export class Migration20261202090000_short_search_terms extends Migration {
  override async up(): Promise<void> {
    this.replaceSearchVector(SEARCH_VECTOR);
    this.addSql(collectSearchTerms(true));
    this.addSql('truncate "search_term";');
    this.addSql(rebuildVocabulary(true));
  }

  override async down(): Promise<void> {
    this.replaceSearchVector(OLD_SEARCH_VECTOR);
    this.addSql(collectSearchTerms(false));
    this.addSql('truncate "search_term";');
    this.addSql(rebuildVocabulary(false));
  }

  private replaceSearchVector(expression: string): void {
    this.addSql('alter table "offer" drop column "search_vector";');
    this.addSql(`alter table "offer" add column "search_vector" tsvector generated always as (${expression}) stored;`);
    this.addSql('create index "offer_search_idx" on "offer" using gin ("search_vector");');
  }
}
