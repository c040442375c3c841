-- The search module's own state. database_key names this database (made once by the application) so that an
-- embedded Lucene index built for another database (a replaced or restored file) is never reused.
create table search_state (
    id           integer primary key,
    database_key varchar(36) not null
);
