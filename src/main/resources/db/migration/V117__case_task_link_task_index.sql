-- Reviews find the citizens' cases linked to a program's tasks (cases.CaseReviewFigures) by task.
create index case_task_link_task_idx on case_task_link (task_id);
