"""Corpus calls as recordings and back: speak a call with espeak-ng (agent left, customer right,
the voices of tests/fixtures/make_calls.py), store it as telephone audio (stereo or mono 8 kHz
mu-law), transcribe it with callaudit's own pipeline, and carry the call's turn labels over to the
recognized turns.

How labels are carried over: the renderer knows when each reference turn was spoken. A
recognized turn takes the labels of every reference turn it overlaps in time, of the same party
(by channel) in a stereo recording and of any party in a mono one (where the speaker is unknown).
A reference turn the recognizer did not hear at all gives its labels to nothing, which is what the
classifier would meet in a real call too.

Used by eval/audio/make.py (the held-out writers' test audio) and data/corpus/speech.py (speech-
shaped training text). Needs espeak-ng, sox and a release build of callaudit.
"""

import importlib.util
import json
import os
import random
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MONO_TURN_PAUSE_MS = 1200  # src/transcript.rs


def _make_calls():
    spec = importlib.util.spec_from_file_location(
        "make_calls", os.path.join(ROOT, "tests", "fixtures", "make_calls.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


MC = _make_calls()


def speakable(call, max_turns):
    """Two-party calls short enough to render (espeak speaks every turn)."""
    return (len(call["turns"]) <= max_turns
            and all(t["speaker"] in ("agent", "customer") for t in call["turns"])
            and any(t["speaker"] == "agent" for t in call["turns"]))


def render(call, out_path, tmp, rng, mono=False):
    """Speaks a call into `out_path` (8 kHz mu-law); returns the reference turns with their times."""
    turns = [(t["speaker"], t["text"]) for t in call["turns"]]
    left, right, timed = MC.build(turns, tmp, call["id"], rng)
    wav16 = os.path.join(tmp, "call.wav")
    MC.write_stereo(wav16, left, right)
    cmd = ["sox", wav16, "-r", "8000", "-e", "mu-law", "-b", "8"]
    if mono:
        cmd += ["-c", "1"]
    subprocess.run(cmd + [out_path], check=True)
    return [dict(t, start_ms=s["start_ms"], end_ms=s["end_ms"]) for t, s in zip(call["turns"], timed)]


def transcribe(paths, out_dir, model="tiny.en", threads=1):
    """Runs `callaudit transcribe --format json` over the files; returns {path: transcript}."""
    bin_ = os.path.join(ROOT, "target", "release", "callaudit")
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run([bin_, "-q", "transcribe", "--asr", model, "--threads", str(threads),
                    "--format", "json", "--out-dir", out_dir, *paths], check=False)
    out = {}
    for p in paths:
        stem = os.path.splitext(os.path.basename(p))[0]
        j = os.path.join(out_dir, stem + ".json")
        if os.path.exists(j):
            out[p] = json.load(open(j))
    return out


def recognized_turns(transcript):
    """Segments merged into turns the way callaudit does (src/transcript.rs `turns`)."""
    out = []
    last_end = None
    for s in transcript["segments"]:
        same = bool(out) and out[-1]["speaker"] == s["speaker"] and (
            s["speaker"] != "unknown" or s["start_ms"] - last_end < MONO_TURN_PAUSE_MS)
        if same:
            out[-1]["text"] += " " + s["text"]
            out[-1]["end_ms"] = max(out[-1]["end_ms"], s["end_ms"])
        else:
            out.append({"speaker": s["speaker"], "text": s["text"],
                        "start_ms": s["start_ms"], "end_ms": s["end_ms"]})
        last_end = s["end_ms"] if last_end is None else max(last_end, s["end_ms"])
    return out


def carry_labels(recognized, reference):
    """Each recognized turn takes the labels of the reference turns it overlaps (same party when
    the speaker is known)."""
    out = []
    for r in recognized:
        labels = set()
        for ref in reference:
            party_ok = r["speaker"] == "unknown" or r["speaker"] == ref["speaker"]
            if party_ok and ref["start_ms"] < r["end_ms"] and r["start_ms"] < ref["end_ms"]:
                labels |= set(ref["labels"])
        out.append(dict(r, labels=sorted(labels)))
    return out


def shuffled_by_writer(calls, speakable, rng):
    """Each writer's (`source`) speakable calls, in writer order, each list shuffled with `rng`."""
    by_writer = {}
    for c in calls:
        if speakable(c):
            by_writer.setdefault(c["source"], []).append(c)
    for w in sorted(by_writer):
        rng.shuffle(by_writer[w])
        yield by_writer[w]


def balanced_sample(calls, per_writer, speakable, seed=11):
    """A seeded sample of `per_writer` calls from each writer (`source`), half deceptive and half
    honest, in id order: both error kinds measured per writer."""
    chosen = []
    calls = sorted(calls, key=lambda c: c["id"])
    for pool in shuffled_by_writer(calls, speakable, random.Random(seed)):
        dec = [c for c in pool if c["deceptive"]][: per_writer // 2]
        hon = [c for c in pool if not c["deceptive"]][: per_writer // 2]
        chosen += sorted(dec + hon, key=lambda c: c["id"])
    return chosen


def write_recognized(jobs, got, path, lang, voice):
    """Writes the recognized calls as corpus lines (labels carried over); returns how many.
    `jobs`: (call, recording path, mono, reference turns); `got`: {recording path: transcript}."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for c, rec, mono, ref in jobs:
            t = got.get(rec)
            if not t:
                continue
            turns = carry_labels(recognized_turns(t), ref)
            if not turns:
                continue
            labels = sorted({l for x in turns for l in x["labels"]})
            line = {
                "id": f"{c['id']}-asr{'-mono' if mono else ''}",
                "lang": lang,
                "deceptive": bool(labels),
                "labels": labels,
                "scenario": c.get("scenario"),
                "hard_negative": bool(c.get("hard_negative")) and not labels,
                "source": c["source"],
                "notes": f"{voice} {'mono' if mono else 'stereo'} 8 kHz mu-law, {t['model']}",
                "turns": turns,
            }
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
    return n


def per_writer_sample(calls, per_writer, speakable, rng):
    """`per_writer` speakable calls of each writer (`source`), drawn with `rng` in file order."""
    return [c for pool in shuffled_by_writer(calls, speakable, rng) for c in pool[:per_writer]]
