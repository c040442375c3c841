-- The case list is cut in the database, newest first (received date, then id), for everyone or for one handling body;
-- a supervising body's cases are found by its assignments.
create index citizen_case_newest_idx on citizen_case (received_on, id);
create index citizen_case_handling_newest_idx on citizen_case (handling_organization_id, received_on, id);
create index case_supervision_body_idx on case_supervision (supervising_organization_id);
