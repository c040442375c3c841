-- The programs a body advises on (ProgramInvolvement): read from an index, as those it leads and co-operates on.
create index task_advising_idx on task (advising_organization_id);
