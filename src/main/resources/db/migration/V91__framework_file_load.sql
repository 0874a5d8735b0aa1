-- Issue 10 (start-up): what the framework loader last brought in from each curricula file. When a file's
-- text still has the recorded SHA-256 and its version is still the row the load left (same lock_version)
-- and published or retired (immutable, by the V10 trigger), the loader answers "unchanged" without
-- parsing the file or reading the version's content back. Anything else takes the full comparison.
create table framework_file_load (
    file                  varchar(300) primary key,
    text_sha256           varchar(64)  not null,
    framework_version_id  uuid         not null references framework_version (id) on delete cascade,
    lock_version          integer      not null,
    loaded_at             timestamptz  not null default now()
);
