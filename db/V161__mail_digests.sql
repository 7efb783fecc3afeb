-- E-mail digests: the address (and language) a user wants the digest of what they follow sent to, and the recording
-- instant the last digest went up to. The marker moves before a mail is sent (compare-and-set), so two nodes never
-- send the same changes twice, and it is put back if the mail server refuses.
CREATE TABLE mail_digest (
    username   VARCHAR(100) PRIMARY KEY REFERENCES app_user (username) ON DELETE CASCADE,
    email      VARCHAR(254) NOT NULL,
    language   VARCHAR(2)   NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'ru')),
    sent_up_to TIMESTAMPTZ  NOT NULL DEFAULT now()
);
