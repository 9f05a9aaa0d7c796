-- The studio's catalogue: what it sells, who works and when. Seeded here; changed by migrations.

CREATE TABLE service (
    code             TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name             TEXT NOT NULL,
    description      TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
    price_cents      INTEGER NOT NULL CHECK (price_cents >= 0),
    currency         CHAR(3) NOT NULL,
    active           BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE therapist (
    id     TEXT PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,39}$'),
    name   TEXT NOT NULL,
    email  TEXT NOT NULL UNIQUE,
    bio    TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

-- Weekly working hours in the studio's local time (ISO day of week: 1 = Monday ... 7 = Sunday).
CREATE TABLE working_hours (
    id           SERIAL PRIMARY KEY,
    therapist_id TEXT NOT NULL REFERENCES therapist (id),
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at    TIME NOT NULL,
    ends_at      TIME NOT NULL,
    UNIQUE (therapist_id, day_of_week, starts_at),
    CHECK (ends_at > starts_at)
);

INSERT INTO service (code, name, description, duration_minutes, price_cents, currency) VALUES
    ('REMEDIAL_60', 'Remedial massage, 60 minutes',
     'Assessment and targeted treatment of muscular pain, tightness and injury.', 60, 12000, 'AUD'),
    ('REMEDIAL_90', 'Remedial massage, 90 minutes',
     'A longer remedial treatment for several problem areas.', 90, 16500, 'AUD'),
    ('SPORTS_45', 'Sports massage, 45 minutes',
     'Recovery and injury care for active people: pulled muscles, ligaments, overuse.', 45, 9500, 'AUD'),
    ('POSTURE_60', 'Posture and muscle balance, 60 minutes',
     'Massage and advice for pain from poor posture and muscle imbalance.', 60, 12000, 'AUD');

INSERT INTO therapist (id, name, email, bio) VALUES
    ('mia', 'Mia Chen', 'mia@vive.studio', 'Remedial therapist with a focus on lower back pain.'),
    ('noah', 'Noah Williams', 'noah@vive.studio', 'Sports massage therapist working with runners and swimmers.'),
    ('ava', 'Ava Patel', 'ava@vive.studio', 'Remedial therapist with a focus on posture and desk workers.');

-- mia: Monday to Friday 09:00-17:00
INSERT INTO working_hours (therapist_id, day_of_week, starts_at, ends_at)
SELECT 'mia', d, TIME '09:00', TIME '17:00' FROM generate_series(1, 5) AS d;
-- noah: Tuesday to Saturday 10:00-18:00
INSERT INTO working_hours (therapist_id, day_of_week, starts_at, ends_at)
SELECT 'noah', d, TIME '10:00', TIME '18:00' FROM generate_series(2, 6) AS d;
-- ava: Monday, Wednesday, Friday 08:00-12:00 and 13:00-16:00 (lunch break), Saturday 09:00-13:00
INSERT INTO working_hours (therapist_id, day_of_week, starts_at, ends_at)
SELECT 'ava', d, TIME '08:00', TIME '12:00' FROM unnest(ARRAY[1, 3, 5]) AS d;
INSERT INTO working_hours (therapist_id, day_of_week, starts_at, ends_at)
SELECT 'ava', d, TIME '13:00', TIME '16:00' FROM unnest(ARRAY[1, 3, 5]) AS d;
INSERT INTO working_hours (therapist_id, day_of_week, starts_at, ends_at) VALUES ('ava', 6, TIME '09:00', TIME '13:00');
