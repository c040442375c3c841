-- Spring Modulith marks a publication completed by its listener and serialized event
-- (update event_publication set completion_date = ? where listener_id = ? and serialized_event = ? ...): without an
-- index that update read the whole table, so under a burst of writes the after-commit listeners (search indexing)
-- fell behind, the table grew and each completion got slower still (15,000 outstanding after the province-10y
-- creation benchmark). The library's own schema (v2, schema-postgresql.sql) has this index; V1 had left it out.
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
