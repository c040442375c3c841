-- On PostgreSQL the audit trail is append-only: no DELETE, no TRUNCATE, and an UPDATE only when the chain
-- writer links an entry for the first time (chain_position, previous_hash and hash were null; nothing else changes).
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
            and old.chain_position is null and old.hash is null and old.previous_hash is null
            and (new.id, new.occurred_at, new.actor, new.entity_type, new.entity_id, new.action, new.changes,
                 new.reason, new.parent_type, new.parent_id, new.details)
                is not distinct from
                (old.id, old.occurred_at, old.actor, old.entity_type, old.entity_id, old.action, old.changes,
                 old.reason, old.parent_type, old.parent_id, old.details) then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create or replace function audit_entry_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: TRUNCATE refused' using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_no_truncate();

-- The chain writer looks for unlinked entries only.
create index audit_entry_unlinked_idx on audit_entry (id) where chain_position is null;
