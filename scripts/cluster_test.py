#!/usr/bin/env python3
"""Cluster test: three tracker nodes (separate JVMs) on one PostgreSQL primary, one killed mid-load.

1. Throughput with one, two and three nodes: the same writers, spread over the nodes that are up.
2. Under load on all three (writers with idempotency keys that move to the next node when one does
   not answer, racers on shared items with If-Match, readers on every node), node-2 is killed with
   kill -9; the others must claim its segments; later it is started again.
   node-3 sends its queries to a streaming replica; a read-your-writes client writes on node-1 and
   reads its write back on node-3 with the write's position, and the replica's lag is sampled.
3. Checks: every acknowledged write stored exactly once; racers only ever lose with 409/412, no 5xx
   anywhere; the read models reconcile with the store, asked on every node. Prints the figures as
   JSON; exits 1 on any failed check. Usage: scripts/cluster-test.sh  (see RELIABILITY.md §9)
"""
import base64, http.client, json, os, signal, subprocess, sys, threading, time, urllib.error, urllib.request, uuid

JAR, FIRST_PORT, DB = sys.argv[1], int(sys.argv[2]), sys.argv[3]
SEGMENTS, CLIENTS, PHASE_SECONDS = int(os.environ.get("SEGMENTS", "4")), int(os.environ.get("CLIENTS", "6")), 10
PG = dict(host=os.environ.get("PGHOST", "localhost"), port=os.environ.get("PGPORT", "5432"), user=os.environ.get("PGUSER", "postgres"))
# Basic sign-in checks a bcrypt hash on every request, which on two cores caps what three nodes can take; the
# load runs with an API token (issued once over Basic), as an integration would.
AUTH = "Basic " + base64.b64encode(b"admin:cluster-test-password").decode()
SOURCE = {"title": "Cluster test", "publisher": "cluster_test.py", "locator": "generated"}
NODES = {f"node-{n}": FIRST_PORT + n - 1 for n in (1, 2, 3)}
CLAIM_TIMEOUT_S = 10


def psql(sql):
    return subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", DB, "-tAc", sql],
                          capture_output=True, text=True, check=True).stdout.strip()


def call(node, method, path, body=None, headers=None, timeout=10):
    """Returns (status, parsed body, headers); raises OSError-like errors when the node does not answer."""
    request = urllib.request.Request(f"http://localhost:{NODES[node]}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": AUTH, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}"), error.headers


processes = {}
# Nodes that have answered their health check since they were (re)started: a load balancer routes only to these.
ready = set()


def stop_all_nodes():
    """Whatever ends the script, no node may outlive it (they would keep retrying a dropped database)."""
    for process in processes.values():
        if process.poll() is None:
            process.kill()


def issue_api_token():
    global AUTH
    status, issued, _ = call("node-1", "POST", "/api/me/tokens", {"name": "cluster-test"})
    if status != 201:
        raise SystemExit(f"could not issue an API token: {status} {issued}")
    AUTH = "Bearer " + issued["token"]


def warm_up(node, session_id):
    """A fresh JVM answers its first requests slowly (class loading, JIT); the phases measure a warm node."""
    for n in range(40):
        call(node, "GET", "/api/items?q=cluster", timeout=30)
        call(node, "POST", "/api/items/pledges", {
            "sessionId": session_id, "pledgedBy": "CLU", "title": f"warm-up {node} {n} {uuid.uuid4()}",
            "themes": ["cluster-test"], "worldDate": {"date": "2024-01-01", "precision": "DAY"}, "source": SOURCE},
            timeout=30)


def start(node):
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://{PG['host']}:{PG['port']}/{DB}",
               SPRING_DATASOURCE_USERNAME=PG["user"], TRACKER_ADMIN_PASSWORD="cluster-test-password",
               PORT=str(NODES[node]), TRACKER_SEEDS_LOAD_ON_START="false", TRACKER_NODE_NAME=node,
               TRACKER_PROCESSOR_SEGMENTS=str(SEGMENTS))
    if node == "node-3":
        env["TRACKER_DATASOURCE_REPLICA_URL"] = f"jdbc:postgresql://{PG['host']}:{os.environ['REPLICA_PGPORT']}/{DB}"
    log = open(f"target/cluster-{node}-{DB}.log", "a")
    processes[node] = subprocess.Popen(["java", "-Xmx768m", "-Daxoniq.update-checker.disabled=true", "-jar", JAR,
                                        "--tracker.cluster.balance-interval=2s"], env=env, stdout=log, stderr=log)
    for _ in range(1200):
        if processes[node].poll() is not None:
            raise SystemExit(f"{node} exited while starting; see target/cluster-{node}-{DB}.log")
        try:
            call(node, "GET", "/actuator/health", timeout=2)
            ready.add(node)
            print(f"{time.strftime('%H:%M:%S')} {node} is up", flush=True)
            return
        except (urllib.error.URLError, http.client.HTTPException, OSError):
            time.sleep(0.5)
    raise SystemExit(f"{node} did not start; see target/cluster-{node}-{DB}.log")


def claims():
    """processor -> {segment: owner} as committed in token_entry."""
    result = {}
    for line in psql("SELECT processor_name, segment, coalesce(owner, '-') FROM token_entry").splitlines():
        processor, segment, owner = line.split("|")
        result.setdefault(processor, {})[int(segment)] = owner
    return result


def wait_until(condition, seconds):
    started = time.time()
    while time.time() - started < seconds:
        if condition():
            return time.time() - started
        time.sleep(0.25)
    return None


lock = threading.Lock()
acknowledged, answers, stop = {}, {}, threading.Event()


def count(kind, status):
    with lock:
        answers.setdefault(kind, {}).setdefault(str(status), 0)
        answers[kind][str(status)] += 1


def up_nodes():
    return [node for node, process in processes.items() if process.poll() is None and node in ready]


def writer(number, session_id):
    """Records pledges, each with its own key; a node that does not answer is replaced by the next one, same key."""
    sequence = 0
    while not stop.is_set():
        sequence += 1
        # Titles must be unique across phases: acknowledged writes are counted (and later found) by title.
        key = str(uuid.uuid4())
        title, attempt = f"cluster-{number}-{sequence}-{key[:8]}", number
        body = {"sessionId": session_id, "pledgedBy": "CLU", "title": title, "themes": ["cluster-test"],
                "worldDate": {"date": "2024-01-01", "precision": "DAY"}, "source": SOURCE}
        while not stop.is_set():
            nodes = up_nodes()
            node = nodes[attempt % len(nodes)]
            attempt += 1
            try:
                status, answer, _ = call(node, "POST", "/api/items/pledges", body, {"Idempotency-Key": key})
                count("write", status)
                if status == 201:
                    with lock:
                        acknowledged[title] = answer["id"]
                    break
                if status < 500 and status != 429:
                    break
            except (urllib.error.URLError, http.client.HTTPException, OSError):
                count("write", "no answer")
                time.sleep(0.2)


def racer(number, item, later_session):
    """Reads an item's version on one node and raises a follow-up with If-Match on another: races lose with 409/412."""
    while not stop.is_set():
        nodes = up_nodes()
        try:
            status, _, headers = call(nodes[number % len(nodes)], "GET", f"/api/items/{item}")
            version = headers.get("ETag") if status == 200 else None
            body = {"sessionId": later_session, "raisedBy": "CLU", "stance": "CALLED_FOR", "note": f"racer {number}",
                    "worldDate": {"date": "2024-06-01", "precision": "DAY"}, "source": SOURCE}
            status, _, _ = call(nodes[(number + 1) % len(nodes)], "POST", f"/api/items/{item}/follow-ups", body,
                                {"If-Match": version} if version else {})
            count("race", status)
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            count("race", f"no answer ({type(error).__name__})")
            time.sleep(0.2)


def reader(number):
    while not stop.is_set():
        for node in up_nodes():
            try:
                status, _, _ = call(node, "GET", "/api/items?q=cluster")
                count("read", status)
            except (urllib.error.URLError, http.client.HTTPException, OSError):
                count("read", "no answer")


def read_your_writes(session_id):
    """Writes on node-1 and reads the write back on node-3 (replica) with its position: never stale, at worst 503."""
    while not stop.is_set():
        try:
            status, answer, headers = call("node-1", "POST", "/api/items/pledges", {
                "sessionId": session_id, "pledgedBy": "CLU", "title": f"read your writes {uuid.uuid4()}", "themes": ["cluster-test"],
                "worldDate": {"date": "2024-01-01", "precision": "DAY"}, "source": SOURCE})
            if status != 201:
                continue
            started = time.time()
            status, _, _ = call("node-3", "GET", f"/api/items/{answer['id']}", headers={"Tracker-Position": headers["Tracker-Position"]})
            count("read_your_writes", status)
            with lock:
                answers.setdefault("read_your_writes_wait_ms", []).append(round((time.time() - started) * 1000))
        except (urllib.error.URLError, http.client.HTTPException, OSError, KeyError):
            count("read_your_writes", "no answer")
            time.sleep(0.2)


def sample_replica_lag():
    while not stop.is_set():
        line = psql("SELECT coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint, "
                    "coalesce(extract(epoch FROM replay_lag) * 1000, 0)::bigint FROM pg_stat_replication LIMIT 1")
        if line:
            lag_bytes, lag_ms = (int(v) for v in line.split("|"))
            with lock:
                answers.setdefault("replica_lag_bytes", []).append(lag_bytes)
                answers.setdefault("replica_lag_ms", []).append(lag_ms)
        time.sleep(1)


def summary(values):
    values = sorted(values)
    return {} if not values else {"n": len(values), "median": values[len(values) // 2], "max": values[-1]}


def run_writers(session_id, seconds):
    before = len(acknowledged)
    stop.clear()
    threads = [threading.Thread(target=writer, args=(n, session_id), daemon=True) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=20)
    return round((len(acknowledged) - before) / seconds, 1)


def reconciled_everywhere(seconds=240):
    def check():
        for node in up_nodes():
            _, projections, _ = call(node, "GET", "/api/admin/projections")
            _, report, _ = call(node, "GET", "/api/admin/reconciliation")
            if not (projections.get("caughtUp") and report.get("consistent")):
                return False
        return True
    return wait_until(check, seconds) is not None


def main():
    figures = {"segments_per_processor": SEGMENTS, "writers": CLIENTS}
    start("node-1")
    call("node-1", "POST", "/api/parties", {"code": "CLU", "name": "Cluster test party", "kind": "STATE"})
    call("node-1", "POST", "/api/bodies", {"code": "CLUSTER-BODY", "name": "Cluster test body", "members": ["CLU"]})
    sessions = [call("node-1", "POST", "/api/sessions", {"body": "CLUSTER-BODY", "place": "nowhere", "kind": "REGULAR",
                                                         "format": "VIDEO", "source": SOURCE,
                                                         "worldDate": {"date": day, "precision": "DAY"}})[1]["id"]
                for day in ("2024-01-01", "2024-06-01")]
    issue_api_token()
    warm_up("node-1", sessions[0])
    throughput = {"1": run_writers(sessions[0], PHASE_SECONDS)}
    print(f"{time.strftime('%H:%M:%S')} 1 node: {throughput['1']} pledges/s", flush=True)
    for count_up, node in ((2, "node-2"), (3, "node-3")):
        start(node)
        spread = wait_until(lambda: all(len(set(c.values()) - {"-"}) >= min(count_up, SEGMENTS) for c in claims().values()), 90)
        figures[f"claims_spread_over_{count_up}_nodes_after_s"] = None if spread is None else round(spread, 1)
        warm_up(node, sessions[0])
        throughput[str(count_up)] = run_writers(sessions[0], PHASE_SECONDS)
        print(f"{time.strftime('%H:%M:%S')} {count_up} nodes: {throughput[str(count_up)]} pledges/s", flush=True)
    figures["pledges_per_second_by_nodes"] = throughput
    figures["claims_before_kill"] = claims()
    figures["no_node_owns_every_segment"] = all(len(set(c.values()) - {"-"}) > 1 for c in claims().values())

    _, shared, _ = call("node-1", "POST", "/api/items/pledges", {
        "sessionId": sessions[0], "pledgedBy": "CLU", "title": "shared item for racers", "themes": ["cluster-test"],
        "worldDate": {"date": "2024-01-01", "precision": "DAY"}, "source": SOURCE})
    stop.clear()
    threads = ([threading.Thread(target=writer, args=(n, sessions[0]), daemon=True) for n in range(CLIENTS)]
               + [threading.Thread(target=racer, args=(n, shared["id"], sessions[1]), daemon=True) for n in range(4)]
               + [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(2)]
               + [threading.Thread(target=read_your_writes, args=(sessions[0],), daemon=True),
                  threading.Thread(target=sample_replica_lag, daemon=True)])
    for thread in threads:
        thread.start()
    time.sleep(5)
    killed_segments = sum(1 for c in claims().values() for owner in c.values() if owner == "node-2")
    print(f"{time.strftime('%H:%M:%S')} kill -9 node-2 ({killed_segments} segments)", flush=True)
    ready.discard("node-2")
    processes["node-2"].send_signal(signal.SIGKILL)
    processes["node-2"].wait()
    killed_at = time.time()
    taken = wait_until(lambda: all("node-2" not in c.values() and "-" not in c.values() for c in claims().values()), 120)
    figures["node_2_segments_when_killed"] = killed_segments
    figures["takeover_seconds_after_kill"] = None if taken is None else round(taken, 1)
    figures["claim_timeout_seconds"] = CLAIM_TIMEOUT_S
    time.sleep(max(0, 5 - (time.time() - killed_at - (taken or 0))))
    start("node-2")
    time.sleep(8)
    stop.set()
    for thread in threads:
        thread.join(timeout=20)

    stored = dict(line.split("|") for line in psql(
        "SELECT convert_from(payload,'UTF8')::jsonb->>'title', count(*) FROM domain_event_entry "
        "WHERE payload_type LIKE '%PledgeGiven' GROUP BY 1").splitlines() if line)
    missing = [t for t in acknowledged if t not in stored]
    duplicates = [t for t, c in stored.items() if int(c) > 1]
    pairs = int(psql("SELECT count(*) FROM (SELECT aggregate_identifier, sequence_number FROM domain_event_entry "
                     "GROUP BY 1, 2 HAVING count(*) > 1) d"))
    for series in ("read_your_writes_wait_ms", "replica_lag_bytes", "replica_lag_ms"):
        answers[series] = summary(answers.get(series, []))
    stale_reads = answers.get("read_your_writes", {}).get("404", 0)
    # A 503 not-caught-up is read-your-writes keeping its promise (the replica was behind), not a failure.
    five_xx = {kind: {s: n for s, n in answers.get(kind, {}).items()
                      if s.isdigit() and int(s) >= 500 and not (kind == "read_your_writes" and s == "503")}
               for kind in ("write", "race", "read", "read_your_writes")}
    race_statuses = {s for s in answers.get("race", {}) if not s.startswith("no answer")}
    converged = reconciled_everywhere()
    figures.update({"answers": answers, "writes_acknowledged": len(acknowledged), "writes_found": len(acknowledged) - len(missing),
                    "missing": len(missing), "duplicates": len(duplicates), "duplicate_aggregate_sequence_pairs": pairs,
                    "answers_5xx": five_xx, "read_your_writes_stale": stale_reads, "race_statuses": sorted(race_statuses),
                    "read_models_reconciled_on_every_node": converged, "claims_at_end": claims()})
    print(json.dumps(figures, indent=2))
    for process in processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes.values():
        process.wait()
    failed = (missing or duplicates or stale_reads or pairs or any(five_xx.values()) or not race_statuses <= {"200", "409", "412"}
              or not converged or taken is None or not figures["no_node_owns_every_segment"])
    sys.exit(1 if failed else 0)


# A SIGTERM (the wrapper script interrupted) must still run the finally below and stop the nodes.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
try:
    main()
finally:
    stop_all_nodes()
