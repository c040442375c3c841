-- Search (issues 11 and 15): the scope and the filters of a search become terms of the word index itself, so that one
-- GIN scan answers "these words, in these programs" by reading the short lists of the scope's terms and skipping
-- through the long lists of common words (GIN's fast scan), instead of reading every item of the common words and
-- intersecting them with a B-tree's bitmap afterwards (the body user's search over a million items: p95 150 ms).
--
-- The terms start with '#', which no lexeme of the parser does ("#p7" is parsed as 'p7'; '#' appears only inside a URL's
-- path, after its '/'; '~' would not do: "~p7" is a file name to the parser), so a user can neither find nor forge
-- them. Each item gets
--   #k<kind>       its kind, lower case              #y<year>   its year
--   #p<program>    its program                        #o<body>   each body it concerns
--   #n<body>       each body it concerns, for an item without a program (the scope's "or a body's own items")
-- They carry no position and weight D: ranking (ts_rank over the query's words) and the title tier (weight A) are not
-- changed by them.
create or replace function search_scope(kind varchar, doc_year integer, program_id bigint, organization_ids bigint[])
    returns tsvector
    language sql immutable parallel safe
as $$
    select array_to_tsvector(array_remove(
        array['#k' || lower(kind), '#y' || doc_year, '#p' || program_id]
        || coalesce((select array_agg('#o' || o) from unnest(organization_ids) o), '{}')
        || case when program_id is null
               then coalesce((select array_agg('#n' || o) from unnest(organization_ids) o), '{}')
               else '{}'::text[] end,
        null))
$$;

-- The stored vector is regenerated with the terms: the column is replaced (a rewrite of the table; the index is a
-- cache of the modules' items, and a rebuild refills it), then its GIN index is made again.
alter table search_document drop column vector;
alter table search_document add column vector tsvector generated always as (
    setweight(to_tsvector('simple', search_fold(title)), 'A')
    || setweight(to_tsvector('simple', search_fold(body)), 'B')
    || search_scope(kind, doc_year, program_id, organization_ids)) stored;
create index search_document_vector_idx on search_document using gin (vector);

-- The year filter is now a term (#y); the program and body indexes stay for a scope of many programs (see PostgresIndex).
drop index if exists search_document_year_idx;
