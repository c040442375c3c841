-- Tamper-evident audit trail: entries are written unlinked inside the business transaction, then a single
-- chain writer gives each one its position and the SHA-256 of (its fields + the previous entry's hash).
-- Events that are about no row (a failed sign-in of an unknown name, a refused request) have no entity id.
alter table audit_entry alter column entity_id drop not null;
alter table audit_entry alter column action set data type varchar(40);
alter table audit_entry add column details varchar(2000);
alter table audit_entry add column chain_position bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column hash varchar(64);
create unique index audit_entry_chain_idx on audit_entry (chain_position);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_occurred_idx on audit_entry (occurred_at);

-- The end of the chain, one row: locking it (select ... for update) makes the linker single-writer across nodes.
create table audit_chain_head (
    id            integer primary key,
    last_position bigint not null,
    last_hash     varchar(64)
);
insert into audit_chain_head (id, last_position, last_hash) values (1, 0, null);
