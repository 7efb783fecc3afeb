#!/usr/bin/env python3
"""Crash test: kill -9 the packaged tracker at random moments under write load, restart it, repeat.

Afterwards every acknowledged write must be in the event store exactly once, and (once the read
side is up) every read model must converge to the store. Prints the counts; exits 1 on any loss or
duplicate. Usage: scripts/crash-test.sh [kills] [clients]   (see RELIABILITY.md)
"""
import base64, http.client, json, os, random, signal, subprocess, sys, threading, time, urllib.error, urllib.request, uuid

JAR, PORT, DB = sys.argv[1], int(sys.argv[2]), sys.argv[3]
KILLS, CLIENTS = int(sys.argv[4]), int(sys.argv[5])
PG = dict(host=os.environ.get("PGHOST", "localhost"), port=os.environ.get("PGPORT", "5432"), user=os.environ.get("PGUSER", "postgres"))
BASE = f"http://localhost:{PORT}"
AUTH = "Basic " + base64.b64encode(b"admin:crash-test-password").decode()
SOURCE = {"title": "Crash test", "publisher": "crash_test.py", "locator": "generated"}
random.seed(int(os.environ.get("CRASH_SEED", "7")))

def psql(sql):
    out = subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", DB, "-tAc", sql],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()

def post(path, body, key):
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json", "Authorization": AUTH, "Idempotency-Key": key})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.loads(response.read())

def get(path):
    request = urllib.request.Request(BASE + path, headers={"Authorization": AUTH})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        return json.loads(error.read() or b"{}")

def converged(seconds=180):
    """Waits until every processor has passed the newest event and the read models reconcile with the store."""
    deadline = time.time() + seconds
    report = {}
    while time.time() < deadline:
        report = get("/api/admin/reconciliation")
        if get("/api/admin/projections").get("caughtUp") and report.get("consistent"):
            return True, report
        time.sleep(1)
    return False, report

def start():
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://{PG['host']}:{PG['port']}/{DB}",
               SPRING_DATASOURCE_USERNAME=PG["user"], TRACKER_ADMIN_PASSWORD="crash-test-password", PORT=str(PORT),
               TRACKER_SEEDS_LOAD_ON_START="false")
    log = open(f"target/crash-app-{DB}.log", "a")
    process = subprocess.Popen(["java", "-Daxoniq.update-checker.disabled=true", "-jar", JAR], env=env, stdout=log, stderr=log)
    for _ in range(240):
        try:
            urllib.request.urlopen(BASE + "/actuator/health", timeout=1)
            return process
        except urllib.error.HTTPError:
            return process  # answering, if not (yet) healthy: e.g. read models still catching up
        except Exception:
            time.sleep(0.5)
    raise SystemExit("the tracker did not start; see target/crash-app-*.log")

acknowledged, attempts, lock, stop = {}, {"sent": 0}, threading.Lock(), threading.Event()

def client(number, session_id):
    """Records pledges with unique titles. A failed request is retried with the same key until answered."""
    sequence = 0
    while not stop.is_set():
        sequence += 1
        title = f"crash-{number}-{sequence}"
        key = str(uuid.uuid4())
        body = {"sessionId": session_id, "pledgedBy": "CRS", "title": title, "themes": ["crash-test"],
                "worldDate": {"date": "2024-01-01", "precision": "DAY"}, "source": SOURCE}
        while not stop.is_set():
            with lock:
                attempts["sent"] += 1
            try:
                status, answer = post("/api/items/pledges", body, key)
                if status == 201:
                    with lock:
                        acknowledged[title] = answer["id"]
                break
            except (urllib.error.URLError, http.client.HTTPException, OSError):
                time.sleep(0.2)  # the tracker is down or was killed mid-request: retry the same key

def main():
    app = start()
    post("/api/parties", {"code": "CRS", "name": "Crash test party", "kind": "STATE"}, "crash-party")
    post("/api/bodies", {"code": "CRASH-BODY", "name": "Crash test body", "members": ["CRS"]}, "crash-body")
    _, session = post("/api/sessions", {"body": "CRASH-BODY", "worldDate": {"date": "2024-01-01", "precision": "DAY"},
                                       "place": "nowhere", "kind": "REGULAR", "format": "VIDEO", "source": SOURCE}, "crash-session")
    threads = [threading.Thread(target=client, args=(n, session["id"]), daemon=True) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for kill in range(1, KILLS + 1):
        time.sleep(random.uniform(0.5, 4.0))
        app.send_signal(signal.SIGKILL)
        app.wait()
        print(f"kill {kill}/{KILLS}: acknowledged so far {len(acknowledged)}", flush=True)
        app = start()
    time.sleep(2)
    stop.set()
    for thread in threads:
        thread.join(timeout=15)
    stored = dict(line.split("|") for line in psql(
        "SELECT convert_from(payload,'UTF8')::jsonb->>'title', count(*) FROM domain_event_entry "
        "WHERE payload_type LIKE '%PledgeGiven' GROUP BY 1").splitlines() if line)
    missing = [t for t in acknowledged if t not in stored]
    duplicates = {t: c for t, c in stored.items() if int(c) > 1}
    pairs = psql("SELECT count(*) FROM (SELECT aggregate_identifier, sequence_number FROM domain_event_entry "
                 "GROUP BY 1, 2 HAVING count(*) > 1) d")
    unacknowledged_but_stored = len([t for t in stored if t not in acknowledged])
    read_models_converged, report = converged()
    per_processor = {p["processor"]: {"stored": p["stored"], "applied": p["applied"], "mismatches": len(p["mismatches"])}
                     for p in report.get("processors", [])}
    print(json.dumps({"clients": CLIENTS, "kills": KILLS, "requests_sent": attempts["sent"],
                      "writes_acknowledged": len(acknowledged), "writes_found": len([t for t in acknowledged if t in stored]),
                      "missing": len(missing), "duplicates": len(duplicates), "duplicate_aggregate_sequence_pairs": int(pairs),
                      "stored_but_never_acknowledged": unacknowledged_but_stored,
                      "read_models_converged": read_models_converged, "read_models": per_processor}, indent=2))
    app.send_signal(signal.SIGTERM)
    app.wait()
    sys.exit(1 if missing or duplicates or int(pairs) or not read_models_converged else 0)

main()
