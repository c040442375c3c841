-- Calendar versions: every administrator's edit (or reset) of a year's holiday list is a new row, never
-- changed or deleted. The id is the version number itself, 1, 2, 3… in commit order: a new edit takes
-- max(id) + 1 and the primary key refuses a concurrent edit that took the same number, so a committed
-- version N implies every version below N is committed. Version 0 is the shipped calendar (no row).
-- The calendar of version N takes, for each year, the list of its latest row with id <= N.
create table calendar_version (
    id               bigint primary key,
    edited_year      integer not null,
    restores_default boolean not null,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null
);
create index calendar_version_year_idx on calendar_version (edited_year, id);

-- The edited year's complete list under that version: days off (HOLIDAY, COMPENSATORY) and make-up
-- working days (MAKE_UP_WORKING_DAY). Empty for a reset, or for a year whose only days off are weekends.
create table calendar_version_day (
    calendar_version_id bigint not null references calendar_version (id),
    day_date            date not null,
    kind                varchar(30) not null,
    name                varchar(200) not null,
    primary key (calendar_version_id, day_date)
);
