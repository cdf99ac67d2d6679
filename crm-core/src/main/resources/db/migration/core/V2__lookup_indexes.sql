-- Indexes and unique keys lead with the column that lookups constrain by IN (...) or equality, and
-- end with tenant_id. H2 uses only the leading column of a composite index under an IN list, and
-- picks an index led by tenant_id (every row of a tenant) over a selective one, which turned the
-- matcher's lookups into scans of the whole tenant. Ids are global, so filtering by tenant_id in the
-- WHERE clause stays as strict as before.
alter table partner_email drop constraint partner_email_uq;
drop index partner_email_base_ix;
drop index partner_email_partner_ix;
alter table partner_email add constraint partner_email_uq unique (partner_id, address_key, tenant_id);
create index partner_email_base_ix on partner_email (base_key, tenant_id);
create index partner_email_address_ix on partner_email (address_key, tenant_id);

alter table partner_domain drop constraint partner_domain_uq;
alter table partner_domain add constraint partner_domain_uq unique (domain, tenant_id);

alter table user_address drop constraint user_address_uq;
drop index user_address_base_ix;
alter table user_address add constraint user_address_uq unique (address_key, tenant_id);
create index user_address_base_ix on user_address (base_key, tenant_id);

alter table thread_message drop constraint thread_message_pk;
alter table thread_message add constraint thread_message_pk primary key (message_id, tenant_id);

alter table activity drop constraint activity_source_key_uq;
alter table activity add constraint activity_source_key_uq unique (source_key, tenant_id);
drop index activity_message_ix;
create index activity_message_ix on activity (message_id, tenant_id);

drop index activity_partner_timeline_ix;
create index activity_partner_timeline_ix on activity_partner (partner_id, occurred_at desc, activity_id desc);

drop index activity_participant_key_ix;
create index activity_participant_key_ix on activity_participant (base_key, tenant_id);

drop index unresolved_address_key_ix;
create index unresolved_address_key_ix on unresolved_address (base_key, tenant_id);
