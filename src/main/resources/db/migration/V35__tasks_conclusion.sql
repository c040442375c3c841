-- A task may follow up a meeting's conclusion (meetings module); a plain id, no foreign key across modules.
alter table task add column conclusion_id bigint;
create index task_conclusion_idx on task (conclusion_id);
