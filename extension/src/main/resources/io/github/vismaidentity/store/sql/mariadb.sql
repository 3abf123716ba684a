-- The token store of visma-identity on MariaDB (10.5 and later). The extension runs these statements itself,
-- each committed on its own, the first time it needs a table that is missing, unless
-- visma.identity.create-table is false; then run them yourself before deploying.
-- InnoDB for the row lock a refresh takes. utf8mb4_bin so keys and state hashes compare byte for byte, as on
-- the other databases (base64url hashes differ only in case; a case-insensitive collation would merge them).
-- The limits this fits: the primary key is 3 x 255 characters x 4 bytes = 3,060 bytes of InnoDB's 3,072, and
-- the tokens are MEDIUMTEXT, kept off the row, so a row stays far below MariaDB's 65,535 bytes (a
-- VARCHAR(16000) alone would take 64,000 of them in utf8mb4).

-- One row per (client, Visma user, company): the tokens of the latest sign-in or refresh.
CREATE TABLE VISMA_TOKEN_SET (
    CLIENT_ID VARCHAR(255) NOT NULL,          -- the app's client id at Visma (visma.identity.client-id)
    SUBJECT VARCHAR(255) NOT NULL,            -- the Visma user's sub claim, a GUID
    COMPANY_ID VARCHAR(255) NOT NULL,         -- Visma's CompanyIdentifier; "user:<id>" when only /v2/users could say
    COMPANY_NAME VARCHAR(255),                -- the company's name, for display
    ACCESS_TOKEN MEDIUMTEXT NOT NULL,         -- the latest access token; a JWE when an encryption key is set
    REFRESH_TOKEN MEDIUMTEXT NOT NULL,        -- the only refresh token that still works; a JWE when a key is set
    ACCESS_EXPIRES_AT BIGINT NOT NULL,        -- epoch milliseconds (UTC): local receipt time + expires_in
    SCOPE VARCHAR(2000),                      -- the granted scope, space-separated
    VERSION BIGINT NOT NULL,                  -- grows by one on every write; an older token never overwrites a newer one
    STATUS VARCHAR(32) NOT NULL,              -- ACTIVE, REAUTHENTICATION_REQUIRED or REVOKED
    CREATED_AT BIGINT NOT NULL,               -- epoch milliseconds (UTC)
    UPDATED_AT BIGINT NOT NULL,               -- epoch milliseconds (UTC)
    PRIMARY KEY (CLIENT_ID, SUBJECT, COMPANY_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The sign-ins whose authorization code was redeemed, so a callback that comes again (on any node) never
-- reaches the token endpoint; rows past EXPIRES_AT are deleted.
CREATE TABLE VISMA_USED_STATE (
    STATE_HASH VARCHAR(64) NOT NULL,          -- base64url SHA-256 of the sign-in's state; never the state itself
    EXPIRES_AT BIGINT NOT NULL,               -- epoch milliseconds (UTC) after which the row may be deleted
    PRIMARY KEY (STATE_HASH)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
