-- Issue 13: a reminder's links are fetched from booking-service when it is sent, never kept here.
-- The manage links kept so far are erased now. The column itself goes in a later release: until
-- every instance runs this build, an older one may still write it (expand, then contract).
ALTER TABLE reminder ALTER COLUMN manage_url SET DEFAULT '';
UPDATE reminder SET manage_url = '' WHERE manage_url <> '';
