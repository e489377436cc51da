-- 011: an ungendered course-record claim whose time is faster than every women's record of
-- the race is a men's record (005 left such claims, e.g. a record named without a pronoun, in a
-- progression of their own). Otherwise the same definition as 005.
DROP VIEW course_record_progression_live;
CREATE VIEW course_record_progression_live AS
WITH genders AS (
    SELECT athlete_id, mode(gender) AS gender FROM (
        SELECT athlete_id, gender FROM results WHERE gender IS NOT NULL AND athlete_id IS NOT NULL
        UNION ALL
        SELECT holder_id, scope_gender FROM record_claims WHERE scope_gender IS NOT NULL AND holder_id IS NOT NULL
        UNION ALL  -- whose record a gendered claim broke is of the same gender
        SELECT previous_holder_id, scope_gender FROM record_claims
        WHERE scope_gender IS NOT NULL AND previous_holder_id IS NOT NULL)
    GROUP BY athlete_id
),
raw AS (
    SELECT c.race_id, c.holder_id, c.time_s, c.year, c.article_id, c.id AS claim_id,
           coalesce(c.scope_gender, g.gender) AS scope_gender
    FROM record_claims c LEFT JOIN genders g ON g.athlete_id = c.holder_id
    WHERE c.record_type = 'course record' AND c.race_id IS NOT NULL AND c.holder_id IS NOT NULL
    UNION ALL
    SELECT c.race_id, c.previous_holder_id, c.previous_time_s, NULL, c.article_id, c.id,
           coalesce(g.gender, c.scope_gender)
    FROM record_claims c LEFT JOIN genders g ON g.athlete_id = c.previous_holder_id
    WHERE c.record_type = 'course record' AND c.race_id IS NOT NULL AND c.previous_holder_id IS NOT NULL
),
-- a race whose known records are all of one gender: its ungendered claims are of that gender
single AS (
    SELECT race_id, min(scope_gender) AS gender FROM raw WHERE scope_gender IS NOT NULL
    GROUP BY race_id HAVING count(DISTINCT scope_gender) = 1
),
-- the fastest women's record of each race: an ungendered time faster than it is a men's record
women AS (
    SELECT race_id, min(time_s) AS fastest FROM raw WHERE scope_gender = 'F' GROUP BY race_id
),
points AS (
    SELECT raw.race_id, holder_id, time_s, year, article_id, claim_id,
           coalesce(raw.scope_gender, single.gender,
                    CASE WHEN raw.time_s < women.fastest THEN 'M' END, '') AS scope_gender
    FROM raw LEFT JOIN single USING (race_id) LEFT JOIN women USING (race_id)
),
timed AS (
    SELECT race_id, scope_gender, holder_id, time_s, min(year) AS year
    FROM points WHERE time_s IS NOT NULL
    GROUP BY ALL
),
joined AS (
    SELECT p.race_id, p.scope_gender, p.holder_id,
           coalesce(p.time_s, t.time_s) AS time_s,
           CASE WHEN p.time_s IS NOT NULL THEN t0.year ELSE coalesce(p.year, t.year) END AS year,
           p.article_id, p.claim_id
    FROM points p
    LEFT JOIN timed t0 ON p.time_s IS NOT NULL AND t0.race_id = p.race_id
         AND t0.scope_gender = p.scope_gender AND t0.holder_id = p.holder_id AND t0.time_s = p.time_s
    -- an untimed claim borrows the time of the holder's record of that year (or the only one)
    LEFT JOIN timed t ON p.time_s IS NULL AND t.race_id = p.race_id AND t.scope_gender = p.scope_gender
         AND t.holder_id = p.holder_id AND (p.year IS NULL OR t.year = p.year)
    QUALIFY row_number() OVER (PARTITION BY p.claim_id, p.holder_id, p.year ORDER BY t.year DESC NULLS LAST) = 1
),
-- a claim with neither time nor year adds nothing when the holder has a better-known record
marks AS (
    SELECT * FROM joined
    QUALIFY time_s IS NOT NULL OR year IS NOT NULL
         OR count(*) FILTER (WHERE time_s IS NOT NULL OR year IS NOT NULL)
                OVER (PARTITION BY race_id, scope_gender, holder_id) = 0
),
grouped AS (
    SELECT race_id, scope_gender, holder_id, time_s, year,
           count(DISTINCT article_id) AS sources,
           min(claim_id) AS first_claim_id
    FROM marks
    GROUP BY race_id, scope_gender, holder_id, time_s, year
),
ordered AS (
    SELECT *,
           row_number() OVER (PARTITION BY race_id, scope_gender
                              ORDER BY year ASC NULLS FIRST, time_s DESC NULLS LAST, holder_id) AS step,
           min(time_s) OVER w AS fastest,
           arg_min(year, time_s) OVER w AS fastest_year,
           max(year) FILTER (WHERE time_s IS NULL) OVER w AS untimed_year
    FROM grouped
    WINDOW w AS (PARTITION BY race_id, scope_gender)
),
-- The record that stands: a record only ever gets faster, so it is the fastest timed one
-- (a misdated restatement cannot displace it), unless a claim without a time is dated after
-- it (a newer record whose time the articles leave out).
flagged AS (
    SELECT *,
           CASE WHEN untimed_year IS NOT NULL AND (fastest IS NULL OR untimed_year > fastest_year)
                THEN time_s IS NULL AND year = untimed_year
                ELSE time_s = fastest END AS candidate
    FROM ordered
),
current AS (
    SELECT *, candidate AND row_number() OVER (PARTITION BY race_id, scope_gender
                                               ORDER BY candidate DESC, step DESC) = 1 AS is_current
    FROM flagged
)
SELECT o.race_id, ra.name AS race_name, nullif(o.scope_gender, '') AS scope_gender, o.step,
       o.holder_id, a.name AS holder_name, o.time_s,
       CASE WHEN o.time_s IS NULL THEN NULL
            ELSE printf('%d:%02d:%02d', o.time_s // 3600, (o.time_s % 3600) // 60, o.time_s % 60) END AS time_text,
       o.year, o.is_current, o.sources, o.first_claim_id
FROM current o
LEFT JOIN races ra ON ra.id = o.race_id
LEFT JOIN athletes a ON a.id = o.holder_id;

DELETE FROM course_record_progression;
INSERT INTO course_record_progression SELECT * FROM course_record_progression_live;
