-- Every resource has an external id: CSV import matches rows to resources by it, so that importing the same
-- file twice changes nothing. Resources that have none get one from their id.
update toolbox_resource set external_id = 'resource-' || cast(id as varchar(20)) where external_id is null;
alter table toolbox_resource alter column external_id set not null;
