-- Background imports of task lists: the file, where the job stands, and what it found. Kept in the database so that
-- any node can answer the progress of a job another node runs.
create table import_job (
    id           varchar(36)  primary key,
    program_id   bigint       not null,
    username     varchar(100) not null,
    file_name    varchar(300),
    content      bytea        not null,
    state        varchar(20)  not null,
    total        integer      not null default 0,
    done         integer      not null default 0,
    row_count    integer      not null default 0,
    created      integer      not null default 0,
    problems     text,
    message_key  varchar(100),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index import_job_program on import_job (program_id);
