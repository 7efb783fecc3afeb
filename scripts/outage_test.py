#!/usr/bin/env python3
"""Database outage test: stop PostgreSQL with `-m immediate` under write load, then start it again.

While it is down every answer must be 503 problem+json without a stack trace; afterwards the tracker
must recover without being restarted, every acknowledged write must be stored exactly once, and the
read models must reconcile with the store. Runs against a throw-away cluster of its own (see
scripts/outage-test.sh), so no other PostgreSQL user is disturbed.
"""
import base64, http.client, json, subprocess, sys, threading, time, urllib.error, urllib.request, uuid

JAR, PORT, PGPORT, CLUSTER = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
VERSION = CLUSTER.split("/")[0]
NAME = CLUSTER.split("/")[1]
BASE = f"http://localhost:{PORT}"
AUTH = "Basic " + base64.b64encode(b"admin:outage-test-password").decode()
SOURCE = {"title": "Outage test", "publisher": "outage_test.py", "locator": "generated"}
acknowledged, answers_while_down, lock, stop = {}, [], threading.Lock(), threading.Event()
db_down = threading.Event()

def call(method, path, body=None, key=None, timeout=15):
    headers = {"Authorization": AUTH, "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    request = urllib.request.Request(BASE + path, data=None if body is None else json.dumps(body).encode(),
                                     method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()

def psql(sql):
    return subprocess.run(["psql", "-h", "localhost", "-p", PGPORT, "-U", "postgres", "-d", "postgres", "-tAc", sql],
                          capture_output=True, text=True, check=True).stdout.strip()

def client(number, session_id):
    sequence = 0
    while not stop.is_set():
        sequence += 1
        title, key = f"outage-{number}-{sequence}", str(uuid.uuid4())
        body = {"sessionId": session_id, "pledgedBy": "OUT", "title": title, "themes": ["outage-test"],
                "worldDate": {"date": "2024-01-01", "precision": "DAY"}, "source": SOURCE}
        while not stop.is_set():
            down = db_down.is_set()
            try:
                status, kind, text = call("POST", "/api/items/pledges", body, key)
            except (urllib.error.URLError, http.client.HTTPException, OSError) as failure:
                status, kind, text = 0, "", str(failure)
            if down and db_down.is_set():
                with lock:
                    answers_while_down.append((status, kind, text))
            if status == 201:
                with lock:
                    acknowledged[title] = json.loads(text)["id"]
                break
            time.sleep(0.3)  # refused while the database is down: retry the same key

def main():
    import os
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://localhost:{PGPORT}/postgres",
               SPRING_DATASOURCE_USERNAME="postgres", TRACKER_ADMIN_PASSWORD="outage-test-password", PORT=str(PORT),
               TRACKER_SEEDS_LOAD_ON_START="false")
    app = subprocess.Popen(["java", "-Daxoniq.update-checker.disabled=true", "-jar", JAR], env=env,
                           stdout=open("target/outage-app.log", "w"), stderr=subprocess.STDOUT)
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(BASE + "/actuator/health", timeout=1)
                break
            except urllib.error.HTTPError:
                break
            except Exception:
                time.sleep(0.5)
        call("POST", "/api/parties", {"code": "OUT", "name": "Outage test party", "kind": "STATE"})
        call("POST", "/api/bodies", {"code": "OUTAGE-BODY", "name": "Outage test body", "members": ["OUT"]})
        _, _, text = call("POST", "/api/sessions", {"body": "OUTAGE-BODY", "place": "nowhere", "kind": "REGULAR",
                                                    "format": "VIDEO", "worldDate": {"date": "2024-01-01", "precision": "DAY"},
                                                    "source": SOURCE})
        session_id = json.loads(text)["id"]
        threads = [threading.Thread(target=client, args=(n, session_id), daemon=True) for n in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(3)
        before_outage = len(acknowledged)
        subprocess.run(["pg_ctlcluster", VERSION, NAME, "stop", "-m", "immediate"], check=True)
        db_down.set()
        time.sleep(12)
        reads_while_down = [call("GET", "/api/items?size=1") for _ in range(3)]
        db_down.clear()
        subprocess.run(["pg_ctlcluster", VERSION, NAME, "start"], check=True)
        restarted = time.time()
        recovered_after = None
        while time.time() - restarted < 120:
            if len(acknowledged) > before_outage and call("GET", "/api/items?size=1")[0] == 200:
                recovered_after = time.time() - restarted
                break
            time.sleep(0.5)
        time.sleep(3)
        stop.set()
        for thread in threads:
            thread.join(timeout=20)
        deadline = time.time() + 120
        reconciliation = {}
        while time.time() < deadline:
            status, _, text = call("GET", "/api/admin/reconciliation")
            reconciliation = json.loads(text) if status == 200 else {}
            caught = json.loads(call("GET", "/api/admin/projections")[2]).get("caughtUp")
            if caught and reconciliation.get("consistent"):
                break
            time.sleep(1)
        stored = dict(line.split("|") for line in psql(
            "SELECT convert_from(payload,'UTF8')::jsonb->>'title', count(*) FROM domain_event_entry "
            "WHERE payload_type LIKE '%PledgeGiven' GROUP BY 1").splitlines() if line)
        down_answers = answers_while_down + reads_while_down
        bad_down = [a for a in down_answers if a[0] != 503 or "problem+json" not in a[1]
                    or "Exception" in a[2] or "at org." in a[2]]
        result = {
            "writes_acknowledged": len(acknowledged),
            "acknowledged_before_outage": before_outage,
            "writes_found": len([t for t in acknowledged if t in stored]),
            "missing": len([t for t in acknowledged if t not in stored]),
            "duplicates": len([t for t, c in stored.items() if int(c) > 1]),
            "answers_while_down": len(down_answers),
            "answers_while_down_not_503_problem_json": len(bad_down),
            "statuses_while_down": sorted({a[0] for a in down_answers}),
            "recovered_seconds_after_restart": None if recovered_after is None else round(recovered_after, 1),
            "read_models_consistent": reconciliation.get("consistent"),
        }
        print(json.dumps(result, indent=2))
        if bad_down:
            print("first refused-as-wrong answer:", bad_down[0][:3])
        if not result["read_models_consistent"]:
            print("reconciliation:", json.dumps(reconciliation)[:2000])
            print("projections:", call("GET", "/api/admin/projections")[2][:2000])
        failed = result["missing"] or result["duplicates"] or bad_down or recovered_after is None \
            or not result["read_models_consistent"] or not down_answers
        sys.exit(1 if failed else 0)
    finally:
        app.terminate()
        app.wait()

main()
