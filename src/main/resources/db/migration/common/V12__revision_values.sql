-- The old and new value of every field a revision changed, so that the history shows what was there before.
create table toolbox_revision_change (
  revision_id bigint not null references toolbox_revision (id) on delete cascade,
  position integer not null,
  field varchar(40) not null,
  language varchar(2),
  old_value varchar(20000),
  new_value varchar(20000),
  primary key (revision_id, position)
);
