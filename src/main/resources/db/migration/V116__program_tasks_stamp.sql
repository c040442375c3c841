-- A counter raised in every transaction that changes a program's tasks, progress reports or deadlines
-- (programs.TaskStamps): the tasks module keeps evaluated statuses in memory only while it is unchanged.
alter table program add column tasks_stamp bigint default 0 not null;
