#!/usr/bin/env python3
"""Cold start, A/B: launch -> /health 200 and launch -> first authenticated 200 (the README's step 1, a POST that opens
an interaction as admin/admin), for several jars launched alternately (round r runs them in order, round r+1 in
reverse), each as the README runs it (-XX:SharedArchiveFile=<archive> -Dmicronaut.environments=dev -jar <jar>) on a
free 127.0.0.1 port, in a scratch directory under /tmp/sbst (fresh: a new directory per launch, so the H2 file is
created and migrated and the development key generated, as on a first start; warm: one directory per jar, reused, as
on a restart). Stops each service with SIGTERM before the next. Plain Python 3, no packages.

usage: bench/startup-ab.py ROUNDS fresh|warm LABEL=JAR[,ARCHIVE[,JVM OPTIONS]] ...
e.g.   bench/startup-ab.py 12 fresh before=/tmp/before/switchboard.jar,/tmp/before/switchboard.jsa \
           after=bootstrap/target/switchboard.jar,bootstrap/target/switchboard.jsa

JDK 17 uses an archive only for the jar at the path it was made from: for a copied jar, make its archive there with
java bootstrap/src/build/ClassArchive.java <jar> <archive> 120. Prints every launch, then per jar the median and the
range (min-max) of both times, of their difference (the first request) and of the CPU time the JVM used (all
threads, user + system) until /health answered, which a busy machine inflates far less than the wall-clock times.
"""
import base64, http.client, json, os, shutil, signal, socket, statistics, subprocess, sys, tempfile, time

BODY = json.dumps({"userId": "+14089178877", "callerPhoneNumber": "+14089178878",
                   "clientSessionId": "f8453abb-a33d-45b7-bf01-52b7a821e99z"})
AUTH = "Basic " + base64.b64encode(b"admin:admin").decode()


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


def status(port, method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse(); r.read(); return r.status
    finally:
        c.close()


def cpu_seconds(pid):
    """User + system CPU the process used so far (Linux /proc), all threads."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch(jar, jsa, opts, workdir):
    port = free_port()
    jar, jsa = os.path.abspath(jar), jsa and os.path.abspath(jsa)
    cmd = ["java"] + ([f"-XX:SharedArchiveFile={jsa}"] if jsa else []) + opts + [
        "-Dmicronaut.environments=dev", "-jar", jar, f"-micronaut.server.port={port}"]
    log = open(os.path.join(workdir, "service.log"), "ab")
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
    health = None
    while True:
        if p.poll() is not None:
            raise RuntimeError("exited, see " + workdir)
        try:
            if status(port, "GET", "/health") == 200:
                health = time.monotonic() - t0; cpu = cpu_seconds(p.pid); break
        except OSError:
            pass
        time.sleep(0.005)
    st = status(port, "POST", "/api/now/v1/cs/voice-interactions", BODY,
                {"Content-Type": "application/json", "Authorization": AUTH})
    auth = time.monotonic() - t0
    if st != 200:
        raise RuntimeError(f"auth request answered {st}")
    p.send_signal(signal.SIGTERM)
    p.wait(30)
    log.close()
    return health, auth, cpu


def main():
    rounds = int(sys.argv[1]); mode = sys.argv[2]
    variants = []
    for arg in sys.argv[3:]:
        label, spec = arg.split("=", 1)
        parts = spec.split(",")
        jar = parts[0]; jsa = parts[1] if len(parts) > 1 and parts[1] else None
        opts = parts[2].split() if len(parts) > 2 else []
        variants.append((label, jar, jsa, opts))
    os.makedirs("/tmp/sbst", exist_ok=True)
    root = tempfile.mkdtemp(prefix="startup-ab-", dir="/tmp/sbst")
    results = {v[0]: [] for v in variants}
    for r in range(rounds):
        order = variants if r % 2 == 0 else list(reversed(variants))
        for label, jar, jsa, opts in order:
            wd = os.path.join(root, label + ("" if mode == "warm" else f"-{r}"))
            os.makedirs(wd, exist_ok=True)
            h, a, c = launch(jar, jsa, opts, wd)
            results[label].append((h, a, c))
            print(f"round {r} {label}: health {h*1000:.0f} ms, auth {a*1000:.0f} ms, cpu {c*1000:.0f} ms",
                  flush=True)
            if mode == "fresh":
                shutil.rmtree(wd)
    print(f"\n{mode}, n={rounds} each, load {os.getloadavg()}")
    for label, rs in results.items():
        hs = sorted(x[0] * 1000 for x in rs); as_ = sorted(x[1] * 1000 for x in rs)
        print(f"{label:12s} health median {statistics.median(hs):6.0f} ms [{hs[0]:.0f}-{hs[-1]:.0f}]  "
              f"auth median {statistics.median(as_):6.0f} ms [{as_[0]:.0f}-{as_[-1]:.0f}]  "
              f"gap median {statistics.median([x[1]*1000 - x[0]*1000 for x in rs]):.0f} ms  "
              f"CPU until /health median {statistics.median([x[2]*1000 for x in rs]):.0f} ms")
    # Per round, each jar against the first one launched next to it: a ratio survives a busy machine better.
    first = variants[0][0]
    for label in list(results)[1:]:
        pairs = list(zip(results[first], results[label]))
        hr = sorted(b[0] / a[0] for a, b in pairs); ar = sorted(b[1] / a[1] for a, b in pairs)
        print(f"{label}/{first}: /health ratio median {statistics.median(hr):.2f} [{hr[0]:.2f}-{hr[-1]:.2f}], "
              f"first authenticated ratio median {statistics.median(ar):.2f} [{ar[0]:.2f}-{ar[-1]:.2f}]")


main()
