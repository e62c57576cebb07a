-- Local stand-in: the real file lives in each environment's S3 bucket.
INSERT INTO office_users VALUES ('00000000-0000-0000-0000-000000000001', 'stand-in@example.com');
