-- See db/vendor/postgresql/V141: the index Spring Modulith's own H2 schema (v2) has for marking a publication completed.
create index if not exists event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
