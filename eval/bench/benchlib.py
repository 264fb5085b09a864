"""What the benchmark scripts share: paths, the model cache, the machine description, and running
commands while measuring wall time and each process's peak memory."""

import os
import platform
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "eval", "bench", "out")
# The binary measured: CALLAUDIT_BIN, else the release build in this checkout.
CALLAUDIT = os.environ.get("CALLAUDIT_BIN") or os.path.join(ROOT, "target", "release", "callaudit")


def models_dir():
    """callaudit's model cache: CALLAUDIT_MODELS, else ~/.cache/callaudit/models (as the CLI)."""
    d = os.environ.get("CALLAUDIT_MODELS")
    if d:
        return d
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "callaudit", "models")


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1), "os": platform.platform()}


def run_measured(cmds, ok=(0,)):
    """Starts all commands at once; returns wall seconds, each one's stdout, and the largest peak
    RSS in MB of any one process (wait4 gives each child's own). Exits on another exit code."""
    t0 = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
             for c in cmds]
    outs, peaks = [], []
    for p, c in zip(procs, cmds):
        out = p.stdout.read()
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            sys.exit(f"failed ({code}): {' '.join(c[:8])} ...\n{err.decode()[-2000:]}")
        outs.append(out.decode())
        peaks.append(usage.ru_maxrss / 1024)
    return time.perf_counter() - t0, outs, max(peaks)
