-- What calendar sync last read per calendar object: its entity tag (for servers without
-- sync-collection), the source keys of the meetings it produced (so that a changed or deleted
-- object withdraws exactly the occurrences it no longer holds) and its text (so that an iMIP
-- REPLY can be applied to the meeting it answers). Written in the transaction of the batch.
create table calendar_object (
    tenant_id     bigint        not null,
    account_id    bigint        not null,
    calendar_href varchar(1000) not null,
    href          varchar(1000) not null,
    etag          varchar(500),
    uid           varchar(1000),
    source_keys   text          not null,
    data          text,
    primary key (tenant_id, account_id, calendar_href, href)
);

create index calendar_object_uid on calendar_object (tenant_id, uid);
