ALTER TABLE audit_log RENAME TO deprecated_audit_log;
