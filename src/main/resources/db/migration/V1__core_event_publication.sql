-- Spring Modulith's event publication registry (JDBC schema v2), created here because the library's
-- initialiser is off: one migration history for every table.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar not null,
    event_type             varchar not null,
    serialized_event       varchar not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid not null primary key,
    listener_id            varchar not null,
    event_type             varchar not null,
    serialized_event       varchar not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
