-- On the embedded H2 database (development and demo), the application alone keeps the audit log
-- append-only: its entity is immutable and its repository has no update or delete. H2 triggers would need
-- Java code in the database; the PostgreSQL migration of the same version adds a refusing trigger.
select 1;
