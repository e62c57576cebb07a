-- Local test version of a secure migration.
--
-- Secure migrations hold sensitive data. The real file of this name lives only in S3, one bucket per deployed
-- environment, and runs there; this scrubbed stand-in, with the same name, runs on dev and in tests instead.
-- It holds no sensitive data and changes nothing, so it cannot collide with data imported later.
SELECT 1;
