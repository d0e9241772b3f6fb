-- Young people join with a pseudonym instead of an e-mail address and sign in with it.
alter table account add column pseudonym varchar(40);
alter table account add column pseudonym_key varchar(40);
create unique index account_pseudonym_key on account (pseudonym_key);
