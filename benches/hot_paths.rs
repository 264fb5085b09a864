//! Criterion benchmarks of the hot parts that are ours (Whisper and the encoder are measured
//! end to end against their peers in eval/bench/): decoding and resampling telephone audio, voice
//! activity detection, windowing and masking a corpus, and shard assignment.
//!
//! `cargo bench --bench hot_paths`

use std::path::Path;

use callaudit::audio::g711::linear_to_ulaw;
use callaudit::audio::resample::Resampler;
use callaudit::audio::wav::encode_wav;
use callaudit::audio::{vad, AudioStream};
use callaudit::batch::select::shard_of;
use callaudit::corpus::Corpus;
use callaudit::privacy::mask;
use callaudit::transcript::{windows, Speaker};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SECONDS: usize = 60;

/// 60 s of a stereo 8 kHz mu-law call: a tone in 1.5 s bursts, the parties taking turns.
fn mulaw_call(path: &Path) {
    let mut data = Vec::with_capacity(8000 * SECONDS * 2);
    for i in 0..8000 * SECONDS {
        let t = i as f32 / 8000.0;
        let on = f32::from(u8::from(t % 2.0 < 1.5));
        let s = ((t * 2.0 * std::f32::consts::PI * 220.0).sin() * 0.3 * on * 32_767.0) as i16;
        let (l, r) = if (t as usize / 2).is_multiple_of(2) {
            (s, 0)
        } else {
            (0, s)
        };
        data.push(linear_to_ulaw(l));
        data.push(linear_to_ulaw(r));
    }
    std::fs::write(path, encode_wav(7, 2, 8000, 8, &data)).unwrap();
}

fn audio(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("call.wav");
    mulaw_call(&path);
    let mut g = c.benchmark_group("audio");
    g.throughput(Throughput::Elements(SECONDS as u64)); // audio seconds per iteration
    g.bench_function("decode_resample_60s_stereo_mulaw_8k", |b| {
        b.iter(|| {
            let mut s = AudioStream::open(&path).unwrap();
            let mut n = 0;
            while let Some(block) = s.next_block().unwrap() {
                n += block[0].len();
            }
            n
        })
    });
    let input: Vec<f32> = (0..8000 * SECONDS)
        .map(|i| (i as f32 * 0.17).sin() * 0.5)
        .collect();
    g.bench_function("resample_60s_8k_to_16k_one_channel", |b| {
        b.iter(|| {
            let mut r = Resampler::new(8000, 16_000);
            let mut out = Vec::with_capacity(16_000 * SECONDS + 64);
            r.process(&input, &mut out);
            r.flush(&mut out);
            out.len()
        })
    });
    let (_, chans) = callaudit::audio::read_all(&path).unwrap();
    let opts = vad::VadOptions::default();
    g.bench_function("vad_60s_stereo", |b| {
        b.iter(|| {
            let dbs: Vec<Vec<f32>> = chans.iter().map(|c| vad::frame_db(c)).collect();
            (0..2)
                .map(|c| {
                    let mask = vad::speech_mask(&dbs[c], Some(&dbs[1 - c]), &opts);
                    vad::regions(&mask, &dbs[c], &opts).len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

fn text(c: &mut Criterion) {
    let corpus = Corpus::read(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/test.jsonl"
    )))
    .expect("data/test.jsonl");
    let calls: Vec<Vec<(Speaker, &str)>> = corpus
        .calls
        .iter()
        .map(|(_, c)| {
            c.turns
                .iter()
                .map(|t| (t.speaker, t.text.as_str()))
                .collect()
        })
        .collect();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Elements(calls.len() as u64)); // calls per iteration
    g.bench_function("windows_test_split", |b| {
        b.iter(|| calls.iter().map(|t| windows(t, 2).len()).sum::<usize>())
    });
    g.bench_function("mask_test_split", |b| {
        b.iter(|| {
            calls
                .iter()
                .flat_map(|t| t.iter().map(|(_, s)| mask(s).len()))
                .sum::<usize>()
        })
    });
    g.finish();

    let keys: Vec<String> = (0..100_000)
        .map(|i| format!("2026-11-28/calls/{i:06}.wav"))
        .collect();
    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Elements(keys.len() as u64));
    g.bench_function("shard_of_100k_keys", |b| {
        b.iter(|| keys.iter().filter(|k| shard_of(k, 16) == 3).count())
    });
    g.finish();
}

criterion_group!(benches, audio, text);
criterion_main!(benches);
