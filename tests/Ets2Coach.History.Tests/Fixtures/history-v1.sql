-- A drive history as schema version 1 wrote it: the v1 DDL exactly as shipped
-- (src/Ets2Coach.History/Schema/SchemaV1.cs), its application id and user_version, and three drives.
-- Frozen: do not edit. The migration tests open a database built from this file.
CREATE TABLE IF NOT EXISTS drives (
    id INTEGER PRIMARY KEY,
    started_unix_ms INTEGER NOT NULL,
    ended_unix_ms INTEGER NOT NULL,
    game_id TEXT NOT NULL,
    distance_km REAL NOT NULL,
    duration_s REAL NOT NULL,
    frame_rate_hz REAL NOT NULL,
    frames_read INTEGER NOT NULL,
    frames_lost INTEGER NOT NULL,
    frames_torn INTEGER NOT NULL,
    overall_score REAL NOT NULL,
    band TEXT NOT NULL,
    score_braking REAL NOT NULL,
    score_lane_discipline REAL NOT NULL,
    score_indicators REAL NOT NULL,
    score_blocking REAL NOT NULL,
    score_lights REAL NOT NULL,
    score_poi_approach REAL NOT NULL,
    score_fines_and_collisions REAL NOT NULL,
    info_count INTEGER NOT NULL,
    minor_count INTEGER NOT NULL,
    serious_count INTEGER NOT NULL,
    dangerous_count INTEGER NOT NULL,
    event_count INTEGER NOT NULL,
    file_path TEXT,
    simulated INTEGER NOT NULL CHECK (simulated IN (0, 1)),
    sim_profile TEXT,
    sim_seed INTEGER
);
CREATE INDEX IF NOT EXISTS drives_by_start ON drives (started_unix_ms DESC, id DESC);
CREATE TABLE IF NOT EXISTS habit_events (
    id INTEGER PRIMARY KEY,
    drive_id INTEGER NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    x_m REAL,
    y_m REAL,
    z_m REAL,
    speed_mps REAL,
    measured_value REAL,
    threshold REAL,
    unit TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS habit_events_by_drive ON habit_events (drive_id);
PRAGMA application_id = 1160921928;
PRAGMA user_version = 1;

-- Drive 1: a real ETS2 drive of 62.4 km with five findings (braking 6 points, indicators 1, lane discipline 1, lights 0).
INSERT INTO drives VALUES (1, 1746903600000, 1746906720000, 'eut2', 62.4, 3120.0, 60.0, 187200, 12, 0,
    85.17628205128204, 'Mild',
    51.92307692307693, 91.98717948717949, 91.98717948717949, 100.0, 100.0, 100.0, 100.0,
    1, 3, 1, 0, 5, '/home/player/.local/share/Ets2Coach/drives/2025-05-10T19-00-00.e2cd', 0, NULL, NULL);
INSERT INTO habit_events (drive_id, kind, severity, start_s, end_s, x_m, y_m, z_m, speed_mps, measured_value, threshold, unit, detail) VALUES
    (1, 'LightsOffAtDusk', 'Info', 100.0, 160.0, -31250.5, 41.2, 12800.25, 22.5, 60.0, 15.0, 's', ''),
    (1, 'HardBraking', 'Minor', 412.5, 414.1, -30990.0, 40.9, 12950.0, 21.4, 2.87, 2.5, 'm/s²', ''),
    (1, 'IndicatorMissing', 'Minor', 655.0, 655.0, -30500.75, 40.1, 13210.5, 19.75, NULL, 3.0, 's', ''),
    (1, 'HardBraking', 'Serious', 1290.2, 1292.0, -29800.0, 39.5, 13600.0, 24.0, 3.61, 3.4, 'm/s²', ''),
    (1, 'LaneChangeAbrupt', 'Minor', 2001.3, 2003.9, -29010.0, 38.7, 14100.0, 25.5, 2.6, 3.0, 's', '');

-- Drive 2: a simulated ATS drive of 20.5 km (normalised as 50 km) with a crash and a red-light fine.
INSERT INTO drives VALUES (2, 1746952200000, 1746953100000, 'ats', 20.5, 900.0, 60.0, 54000, 0, 0,
    75.0, 'Mild',
    50.0, 100.0, 100.0, 50.0, 100.0, 100.0, 0.0,
    0, 0, 3, 1, 4, '/tmp/e2c/sim-reckless-7.e2cd', 1, 'reckless', 7);
INSERT INTO habit_events (drive_id, kind, severity, start_s, end_s, x_m, y_m, z_m, speed_mps, measured_value, threshold, unit, detail) VALUES
    (2, 'Speeding', 'Serious', 200.0, 290.0, 1200.0, 10.0, -800.0, 29.0, 23.5, 10.0, 'km/h', ''),
    (2, 'Collision', 'Dangerous', 400.0, 400.0, 1500.0, 10.5, -950.0, 12.0, 0.012, 0.005, 'wear', 'wear jump'),
    (2, 'GameFine', 'Serious', 401.0, 401.0, 1501.0, 10.5, -951.0, 0.5, 0.0, 0.0, '', 'red_signal'),
    (2, 'StoppedInLane', 'Serious', 600.0, 640.0, 2100.0, 11.0, -1300.0, 0.0, 35.0, 20.0, 's', '');

-- Drive 3: a short clean drive with no file.
INSERT INTO drives VALUES (3, 1747084500000, 1747085100000, 'eut2', 12.0, 600.0, 60.0, 36000, 0, 0,
    100.0, 'LowRisk',
    100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0,
    0, 0, 0, 0, 0, NULL, 0, NULL, NULL);
