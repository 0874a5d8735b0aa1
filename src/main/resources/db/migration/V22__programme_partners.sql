-- The partner organisations of a programme (ministries, NGOs, schools … that run it together).
create table programme_partner (
    programme_id     uuid not null references programme (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (programme_id, organisation_id)
);
create index programme_partner_organisation_idx on programme_partner (organisation_id);
