-- The source keys of the meetings the history holds for each calendar object of the server (one
-- per occurrence of a series), so that a change or a deletion withdraws exactly the occurrences
-- the object no longer has. Written in the transaction that records the meetings.
create table caldav_meeting_keys (
    tenant_id   bigint         not null,
    calendar_id bigint         not null,
    href        varchar(1000)  not null,
    source_keys text           not null,
    primary key (tenant_id, calendar_id, href)
);
