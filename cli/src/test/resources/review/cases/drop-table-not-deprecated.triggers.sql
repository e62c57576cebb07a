DROP TABLE audit_log; -- expect drop-table-not-deprecated
