//! Whisper's log-mel features, computed here for engines that take features rather than samples
//! (CTranslate2). whisper.cpp computes its own; this follows the same recipe (OpenAI's
//! `log_mel_spectrogram`): a 400-point periodic Hann window every 160 samples on reflect-padded
//! audio, power spectrum, Slaney-style mel filters (librosa's default, area-normalized), log10
//! clamped at 1e-10, floored 8 below the window's maximum, then `(x + 4) / 4`.

use rustfft::num_complex::Complex32;
use rustfft::{Fft, FftPlanner};
use std::sync::Arc;

/// Samples per feature frame at 16 kHz (10 ms).
pub const HOP: usize = 160;
/// FFT size (25 ms).
pub const N_FFT: usize = 400;
/// Frames in one 30 s window.
pub const FRAMES: usize = 3000;
/// Samples in one 30 s window.
pub const WINDOW_SAMPLES: usize = FRAMES * HOP;

/// Computes the features of one 30 s window; reuse it across windows (plans and filters are
/// built once).
pub struct LogMel {
    n_mels: usize,
    /// `n_mels` rows of `N_FFT / 2 + 1` weights.
    filters: Vec<f32>,
    window: Vec<f32>,
    fft: Arc<dyn Fft<f32>>,
}

impl LogMel {
    pub fn new(n_mels: usize) -> Self {
        let window = (0..N_FFT)
            .map(|i| {
                0.5 - 0.5 * (2.0 * std::f64::consts::PI * i as f64 / N_FFT as f64).cos() as f32
            })
            .collect();
        Self {
            n_mels,
            filters: slaney_filters(n_mels, 16_000.0),
            window,
            fft: FftPlanner::new().plan_fft_forward(N_FFT),
        }
    }

    pub fn n_mels(&self) -> usize {
        self.n_mels
    }

    /// Features of `samples` (16 kHz, at most 30 s; shorter input is padded with silence, longer
    /// is cut) as `[n_mels, FRAMES]`, row-major.
    pub fn window(&self, samples: &[f32]) -> Vec<f32> {
        let mut audio = vec![0f32; WINDOW_SAMPLES];
        let n = samples.len().min(WINDOW_SAMPLES);
        audio[..n].copy_from_slice(&samples[..n]);
        // Reflect padding of half an FFT on each side (torch.stft's center=True).
        let half = N_FFT / 2;
        let mut padded = Vec::with_capacity(WINDOW_SAMPLES + N_FFT);
        padded.extend((1..=half).rev().map(|i| audio[i]));
        padded.extend_from_slice(&audio);
        padded.extend((0..half).map(|i| audio[WINDOW_SAMPLES - 2 - i]));

        let bins = N_FFT / 2 + 1;
        let mut out = vec![0f32; self.n_mels * FRAMES];
        let mut buf = vec![Complex32::new(0.0, 0.0); N_FFT];
        let mut scratch = vec![Complex32::new(0.0, 0.0); self.fft.get_inplace_scratch_len()];
        let mut power = vec![0f32; bins];
        // Silence is common (packs are padded to 30 s): an all-zero frame has a known answer.
        let mut silent_row: Option<Vec<f32>> = None;
        for t in 0..FRAMES {
            let frame = &padded[t * HOP..t * HOP + N_FFT];
            if frame.iter().all(|&x| x == 0.0) {
                let row = silent_row.get_or_insert_with(|| vec![1e-10f32.log10(); self.n_mels]);
                for (m, v) in row.iter().enumerate() {
                    out[m * FRAMES + t] = *v;
                }
                continue;
            }
            for ((b, &x), &w) in buf.iter_mut().zip(frame).zip(&self.window) {
                *b = Complex32::new(x * w, 0.0);
            }
            self.fft.process_with_scratch(&mut buf, &mut scratch);
            for (p, b) in power.iter_mut().zip(&buf) {
                *p = b.norm_sqr();
            }
            for m in 0..self.n_mels {
                let f = &self.filters[m * bins..(m + 1) * bins];
                let e: f32 = f.iter().zip(&power).map(|(a, b)| a * b).sum();
                out[m * FRAMES + t] = e.max(1e-10).log10();
            }
        }
        let max = out.iter().copied().fold(f32::MIN, f32::max);
        for v in &mut out {
            *v = (v.max(max - 8.0) + 4.0) / 4.0;
        }
        out
    }
}

// Slaney's mel scale: linear below 1 kHz, logarithmic above.
const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;
const MIN_LOG_MEL: f64 = MIN_LOG_HZ / F_SP;

fn log_step() -> f64 {
    6.4f64.ln() / 27.0
}

fn hz_to_mel(f: f64) -> f64 {
    if f >= MIN_LOG_HZ {
        MIN_LOG_MEL + (f / MIN_LOG_HZ).ln() / log_step()
    } else {
        f / F_SP
    }
}

fn mel_to_hz(m: f64) -> f64 {
    if m >= MIN_LOG_MEL {
        MIN_LOG_HZ * (log_step() * (m - MIN_LOG_MEL)).exp()
    } else {
        F_SP * m
    }
}

/// librosa's `mel(sr, n_fft=400, n_mels)` with htk=False and norm="slaney", which is what
/// Whisper's `mel_filters.npz` holds.
fn slaney_filters(n_mels: usize, sample_rate: f64) -> Vec<f32> {
    let bins = N_FFT / 2 + 1;
    let (lo, hi) = (hz_to_mel(0.0), hz_to_mel(sample_rate / 2.0));
    let points: Vec<f64> = (0..n_mels + 2)
        .map(|i| mel_to_hz(lo + (hi - lo) * i as f64 / (n_mels + 1) as f64))
        .collect();
    let mut out = Vec::with_capacity(n_mels * bins);
    for m in 0..n_mels {
        let norm = 2.0 / (points[m + 2] - points[m]);
        for k in 0..bins {
            let f = k as f64 * sample_rate / N_FFT as f64;
            let rise = (f - points[m]) / (points[m + 1] - points[m]);
            let fall = (points[m + 2] - f) / (points[m + 2] - points[m + 1]);
            out.push((rise.min(fall).max(0.0) * norm) as f32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(hz: f32, secs: f32) -> Vec<f32> {
        (0..(secs * 16_000.0) as usize)
            .map(|i| 0.5 * (2.0 * std::f32::consts::PI * hz * i as f32 / 16_000.0).sin())
            .collect()
    }

    #[test]
    fn filters_match_librosa_at_known_points() {
        // Values of librosa.filters.mel(sr=16000, n_fft=400, n_mels=80), read from
        // faster-whisper's FeatureExtractor(feature_size=80).mel_filters.
        let f = slaney_filters(80, 16_000.0);
        let at = |m: usize, k: usize| f[m * 201 + k];
        for (m, k, want) in [
            (0, 1, 0.024_862_595),
            (1, 2, 0.022_871_772),
            (79, 190, 0.002_232_055),
        ] {
            assert!((at(m, k) - want).abs() < 1e-6, "({m}, {k}): {}", at(m, k));
        }
        assert_eq!(at(40, 60), 0.0);
        assert_eq!(at(0, 0), 0.0);
        // Every filter has some weight.
        for m in 0..80 {
            let row = &f[m * 201..(m + 1) * 201];
            assert!(row.iter().any(|&w| w > 0.0), "filter {m} is empty");
        }
    }

    #[test]
    fn a_tone_lights_its_own_band_and_the_scale_is_whispers() {
        let mel = LogMel::new(80);
        let feats = mel.window(&tone(1000.0, 2.0));
        assert_eq!(feats.len(), 80 * FRAMES);
        // In the middle of the tone the loudest band is the one around 1 kHz (mel ~15).
        let t = 100;
        let col: Vec<f32> = (0..80).map(|m| feats[m * FRAMES + t]).collect();
        let best = (0..80).max_by(|&a, &b| col[a].total_cmp(&col[b])).unwrap();
        let centre = hz_to_mel(1000.0) / hz_to_mel(8000.0) * 81.0 - 1.0;
        assert!(
            (best as f64 - centre).abs() <= 1.5,
            "band {best}, centre {centre}"
        );
        // Normalization: the maximum maps to (max + 4) / 4 and nothing is below it by more than 2.
        let max = feats.iter().copied().fold(f32::MIN, f32::max);
        let min = feats.iter().copied().fold(f32::MAX, f32::min);
        assert!((max - min - 2.0).abs() < 1e-4, "range {}", max - min);
        // The padding after the tone is silence: floored at the minimum.
        assert_eq!(feats[40 * FRAMES + 2500], min);
    }

    #[test]
    fn longer_input_is_cut_and_empty_input_is_silence() {
        let mel = LogMel::new(80);
        let long = tone(440.0, 31.0);
        assert_eq!(mel.window(&long), mel.window(&long[..WINDOW_SAMPLES]));
        let silent = mel.window(&[]);
        assert!(silent.iter().all(|&v| v == silent[0]));
    }
}
