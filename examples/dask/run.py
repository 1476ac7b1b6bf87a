#!/usr/bin/python3
"""kenal on Dask distributed: a corpus (JSONL, one {"id", "text", "date"?} a line) cut into
partitions, each piped through `bin/kenal extract --format jsonl --quiet` on a worker process of a
LocalCluster, the results gathered in corpus order into one JSONL file, then `kenal corpus` on it.

The line protocol is the one Spark's RDD.pipe and Hadoop Streaming use (README, "From a corpus to
tables"): a record a line in, a result a line out, in the same order. A worker that dies loses
only its partitions in flight; the scheduler gives them to another worker, and since a partition
is a pure function of its lines, the output is the same.

    /usr/bin/python3 examples/dask/run.py CORPUS.jsonl --out DIR [--workers 2] [--partitions 8]

Debian's python3-distributed (apt-get install python3-distributed); /usr/bin/python3, as a
Python from elsewhere (pyenv, a venv) does not see Debian's packages. Prints one JSON line of
numbers (documents, seconds, documents/s) on standard output.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KENAL = os.path.join(ROOT, "bin", "kenal")


def extract_partition(index, path, offset, length, node, kenal):
    """One partition (a byte range of whole lines of the corpus file, read by the worker, as
    from shared storage) through kenal extract: one result line per input line, in order."""
    with open(path, "rb") as f:
        f.seek(offset)
        data = f.read(length)
    proc = subprocess.run(
        [node, kenal, "extract", "--format", "jsonl", "--quiet"],
        input=data,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    # exit 1: some records failed, and each has its error record in the output
    if proc.returncode not in (0, 1):
        raise RuntimeError(
            "kenal extract failed on partition %d (exit %d): %s"
            % (index, proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:])
        )
    return index, os.getpid(), proc.stdout


def partitions_of(path, count, limit):
    """Byte ranges (offset, length) of the file's first `limit` lines (all when 0), cut into
    `count` partitions of about as many lines each; and the number of records (non-blank lines)."""
    ends = []
    records = 0
    with open(path, "rb") as f:
        pos = 0
        for line in f:
            pos += len(line)
            if line.strip():
                records += 1
                ends.append(pos)
                if limit and records >= limit:
                    break
    count = max(1, min(count, len(ends)))
    size = -(-len(ends) // count)
    parts = []
    start = 0
    for i in range(size - 1, len(ends) + size - 1, size):
        end = ends[min(i, len(ends) - 1)]
        parts.append((start, end - start))
        start = end
    return parts, records


def kill_a_busy_worker(client, futures, report):
    """Once some partition is done and others are still running, SIGKILL a worker process
    (and its kenal child) that holds partitions in flight."""
    while not any(f.done() for f in futures):
        time.sleep(0.05)
    import psutil

    for _ in range(200):
        processing = {w: ks for w, ks in client.processing().items() if ks}
        if processing:
            break
        time.sleep(0.05)
    else:
        return
    address = sorted(processing)[0]
    pid = client.run(os.getpid, workers=[address])[address]
    proc = psutil.Process(pid)
    for child in proc.children(recursive=True):
        child.send_signal(signal.SIGKILL)
    proc.send_signal(signal.SIGKILL)
    report["killed_pid"] = pid
    report["lost_partitions"] = sorted(int(k.rsplit("-", 1)[1]) for k in processing[address])


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--out", required=True, help="directory: results.jsonl and tables/")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--partitions", type=int, default=0, help="partitions (default 4 per worker)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N records")
    ap.add_argument("--node", default="node", help="the node executable")
    ap.add_argument("--kill-a-worker", action="store_true", help="SIGKILL one busy worker mid-run (the test of recovery)")
    ap.add_argument("--no-corpus", action="store_true", help="stop after results.jsonl")
    args = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    os.makedirs(args.out, exist_ok=True)
    corpus = os.path.abspath(args.corpus)
    parts, documents = partitions_of(corpus, args.partitions or 4 * args.workers, args.limit)
    report = {"workers": args.workers, "partitions": len(parts), "documents": documents}
    started = time.perf_counter()
    with LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=40,
    ) as cluster, Client(cluster) as client:
        client.wait_for_workers(args.workers)
        report["cluster_seconds"] = round(time.perf_counter() - started, 3)
        t0 = time.perf_counter()
        # one task per partition, named by its index; a task that fails (not one whose worker
        # died: the scheduler moves those by itself) is tried twice more
        futures = [
            client.submit(extract_partition, i, corpus, off, n, args.node, KENAL, key="partition-%d" % i, retries=2)
            for i, (off, n) in enumerate(parts)
        ]
        killer = None
        if args.kill_a_worker:
            killer = threading.Thread(target=kill_a_busy_worker, args=(client, futures, report))
            killer.start()
        results = client.gather(futures)
        if killer is not None:
            killer.join()
        seconds = time.perf_counter() - t0
    results.sort(key=lambda r: r[0])
    out = os.path.join(args.out, "results.jsonl")
    with open(out, "wb") as f:
        for _, _, data in results:
            f.write(data)
    report["extract_seconds"] = round(seconds, 3)
    report["docs_per_second"] = round(documents / seconds, 1)
    report["pids"] = sorted({pid for _, pid, _ in results})
    if "killed_pid" in report:
        report["lost_partitions_done_by"] = sorted({results[i][1] for i in report["lost_partitions"]})
    if not args.no_corpus:
        code = subprocess.call(
            [args.node, KENAL, "corpus", out, "--out", os.path.join(args.out, "tables"), "--quiet"]
        )
        report["corpus_exit"] = code
    report["total_seconds"] = round(time.perf_counter() - started, 3)
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
