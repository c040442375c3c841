-- Search (issue 11): who may find an item beyond its program's or bodies' rule, and indexes that keep every query's
-- work bounded over a million items (see PostgresIndex).
--
-- readers: '{*}' for anyone who passes the rule of the item's program or bodies; otherwise the keys of the roles and
-- users who may find it ('role:CASE_HANDLER', 'user:42'). A search passes the asking user's keys ('*', their roles,
-- their id) and keeps the items sharing one (readers && keys). Adding a column with a constant default rewrites
-- nothing (PostgreSQL 11+).
alter table search_document add column readers varchar(60)[] not null default '{*}';

-- The title's words alone: matches whose title has every word are taken (and ranked) first, from this much smaller
-- index, before the matches in the text. An expression index: no column is added, the table is not rewritten.
create index search_document_title_idx on search_document using gin (to_tsvector('simple', search_fold(title)));

-- Filters PostgreSQL combines with the word indexes (BitmapAnd) instead of reading every match to test them: the
-- programs a user may see, the body filter and the items without a program of the user's body, the year. The kind
-- filter uses the primary key (kind, doc_id).
create index search_document_program_idx on search_document (program_id);
create index search_document_bodies_idx on search_document using gin (organization_ids);
create index search_document_year_idx on search_document (doc_year);
