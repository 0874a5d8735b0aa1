-- Indexes that the national-scale benchmark (bench/, issue 10) showed were missing.

-- A participant import looks every row's person up by family name, given name and country, ignoring
-- case (ParticipantListImport): without this, each row scanned the whole person table.
create index person_import_lookup_idx on person (country_code, lower(family_name), lower(given_name));
