ALTER TABLE audit_log RENAME TO activity_log; -- expect rename-table
