-- Full-text search shared by every application node (PostgreSQL only; the embedded H2 default uses Lucene).
--
-- unaccent is a trusted extension (PostgreSQL 13+): a superuser or the database owner may create it. Where the
-- application's user may not, a DBA runs once, before the first start:  create extension unaccent schema public;
-- The migration then finds it in whatever schema it was installed.
create extension if not exists unaccent with schema public;

-- search_fold: the one folding of text and queries: đ/Đ → d (translate, whatever unaccent's rules say), every
-- other diacritic removed by unaccent (NFC and NFD alike), then lower case. Declared immutable so that a generated
-- column may use it: the dictionary is named with its schema; after changing unaccent's rules, rebuild the index.
do $migration$
declare
    ext_schema text;
begin
    select n.nspname into ext_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    execute format($f$
        create or replace function search_fold(value text) returns text
        language sql immutable strict parallel safe
        as $body$ select lower(%1$I.unaccent(%2$L::regdictionary, translate(value, 'đĐ', 'dD'))) $body$
    $f$, ext_schema, quote_ident(ext_schema) || '.unaccent');
end
$migration$;

-- kind + doc_id: the owning module's item. generation: when it was written (ms, the database's clock), so that a
-- rebuild removes only what it did not write. The vector is kept by PostgreSQL itself: title weighted A, text B.
create table search_document (
    kind             varchar(40) not null,
    doc_id           bigint not null,
    title            varchar not null,
    body             varchar not null,
    doc_year         integer,
    program_id       bigint,
    organization_ids bigint[] not null,
    url              varchar not null,
    generation       bigint not null,
    vector           tsvector generated always as (
                         setweight(to_tsvector('simple', search_fold(title)), 'A')
                         || setweight(to_tsvector('simple', search_fold(body)), 'B')) stored,
    primary key (kind, doc_id)
);
create index search_document_vector_idx on search_document using gin (vector);
create index search_document_generation_idx on search_document (generation);
