//! Band-limited sample-rate conversion to Whisper's 16 kHz.
//!
//! Linear interpolation aliases everything above the new Nyquist back into the speech band; a
//! windowed-sinc filter (Blackman window, 16 zero crossings, cut-off just under the lower Nyquist)
//! keeps 8 kHz telephone audio clean when upsampled and 44.1/48 kHz audio clean when downsampled.
//! Rational ratios use a precomputed polyphase table; the state carries across blocks so a long
//! call can be converted block by block.

const ZERO_CROSSINGS: usize = 16;
const CUTOFF: f64 = 0.94;
const MAX_TABLE_PHASES: u64 = 4096;

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Streaming resampler for one channel.
pub struct Resampler {
    /// Input step per output sample is `up / down`... as a fraction `step_num / step_den`.
    step_num: u64,
    step_den: u64,
    /// Half-width of the kernel in input samples.
    half: usize,
    /// Cut-off relative to the input Nyquist.
    fc: f64,
    /// `table[phase]` holds `2 * half` taps; empty when the ratio has too many phases.
    table: Vec<Vec<f32>>,
    buf: Vec<f32>,
    /// Absolute input index of `buf[0]`.
    buf_start: u64,
    /// Absolute index of the next output sample.
    next_out: u64,
    total_in: u64,
    passthrough: bool,
}

impl Resampler {
    pub fn new(from_hz: u32, to_hz: u32) -> Self {
        let g = gcd(from_hz as u64, to_hz as u64);
        let (step_num, step_den) = (from_hz as u64 / g, to_hz as u64 / g);
        let fc = CUTOFF * (to_hz as f64 / from_hz as f64).min(1.0);
        let half = (ZERO_CROSSINGS as f64 / fc).ceil() as usize;
        let mut r = Self {
            step_num,
            step_den,
            half,
            fc,
            table: Vec::new(),
            buf: Vec::new(),
            buf_start: 0,
            next_out: 0,
            total_in: 0,
            passthrough: from_hz == to_hz,
        };
        if !r.passthrough && step_den <= MAX_TABLE_PHASES {
            r.table = (0..step_den)
                .map(|p| r.taps(p as f64 / step_den as f64))
                .collect();
        }
        r
    }

    /// Taps for an output that falls `frac` (0..1) input samples after input index `i`;
    /// tap `j` weighs input `i + 1 - half + j`. Normalized to unit DC gain.
    fn taps(&self, frac: f64) -> Vec<f32> {
        let n = 2 * self.half;
        let mut t: Vec<f64> = (0..n)
            .map(|j| {
                let x = frac + self.half as f64 - 1.0 - j as f64;
                kernel(x, self.fc, self.half as f64)
            })
            .collect();
        let sum: f64 = t.iter().sum();
        if sum.abs() > 1e-12 {
            t.iter_mut().for_each(|v| *v /= sum);
        }
        t.into_iter().map(|v| v as f32).collect()
    }

    /// Feeds input samples; appends every output sample that is now fully determined.
    pub fn process(&mut self, input: &[f32], out: &mut Vec<f32>) {
        if self.passthrough {
            out.extend_from_slice(input);
            return;
        }
        self.buf.extend_from_slice(input);
        self.total_in += input.len() as u64;
        self.drain(out, false);
    }

    /// Emits the tail (inputs past the end count as silence).
    pub fn flush(&mut self, out: &mut Vec<f32>) {
        if !self.passthrough {
            self.drain(out, true);
        }
    }

    fn drain(&mut self, out: &mut Vec<f32>, flush: bool) {
        let end = self.buf_start + self.buf.len() as u64;
        let total_out = (self.total_in * self.step_den).div_ceil(self.step_num);
        loop {
            if flush && self.next_out >= total_out {
                break;
            }
            let pos = self.next_out * self.step_num;
            let i = pos / self.step_den;
            let phase = pos % self.step_den;
            let last_needed = i + self.half as u64;
            if !flush && last_needed >= end {
                break;
            }
            let first = i as i64 + 1 - self.half as i64;
            let owned;
            let taps: &[f32] = if self.table.is_empty() {
                owned = self.taps(phase as f64 / self.step_den as f64);
                &owned
            } else {
                &self.table[phase as usize]
            };
            let mut acc = 0f32;
            for (j, w) in taps.iter().enumerate() {
                let idx = first + j as i64;
                if idx < self.buf_start as i64 {
                    continue; // before the start of the signal: silence
                }
                if let Some(s) = self.buf.get((idx as u64 - self.buf_start) as usize) {
                    acc += s * w;
                }
            }
            out.push(acc);
            self.next_out += 1;
        }
        // Keep only what the next output still needs.
        let next_first =
            (self.next_out * self.step_num / self.step_den) as i64 + 1 - self.half as i64;
        if next_first > self.buf_start as i64 {
            let drop = ((next_first as u64 - self.buf_start) as usize).min(self.buf.len());
            self.buf.drain(..drop);
            self.buf_start += drop as u64;
        }
    }
}

/// Windowed sinc at `x` input samples from the output position.
fn kernel(x: f64, fc: f64, half: f64) -> f64 {
    if x.abs() >= half {
        return 0.0;
    }
    let s = if x == 0.0 {
        1.0
    } else {
        let a = std::f64::consts::PI * fc * x;
        a.sin() / a
    };
    let r = x / half;
    let w = 0.42
        + 0.5 * (std::f64::consts::PI * r).cos()
        + 0.08 * (2.0 * std::f64::consts::PI * r).cos();
    fc * s * w
}

/// Resamples a whole signal (tests and short clips).
pub fn resample(input: &[f32], from_hz: u32, to_hz: u32) -> Vec<f32> {
    let mut r = Resampler::new(from_hz, to_hz);
    let mut out = Vec::with_capacity(input.len() * to_hz as usize / from_hz as usize + 1);
    r.process(input, &mut out);
    r.flush(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(freq: f64, rate: u32, secs: f64) -> Vec<f32> {
        let n = (rate as f64 * secs) as usize;
        (0..n)
            .map(|i| {
                (2.0 * std::f64::consts::PI * freq * i as f64 / rate as f64).sin() as f32 * 0.5
            })
            .collect()
    }

    fn rms(x: &[f32]) -> f64 {
        (x.iter().map(|v| (*v as f64).powi(2)).sum::<f64>() / x.len() as f64).sqrt()
    }

    /// Amplitude of `freq` in `x` by correlation with a sine and a cosine.
    fn tone_amplitude(x: &[f32], freq: f64, rate: u32) -> f64 {
        let (mut s, mut c) = (0.0, 0.0);
        for (i, v) in x.iter().enumerate() {
            let ph = 2.0 * std::f64::consts::PI * freq * i as f64 / rate as f64;
            s += *v as f64 * ph.sin();
            c += *v as f64 * ph.cos();
        }
        2.0 * (s * s + c * c).sqrt() / x.len() as f64
    }

    #[test]
    fn output_length_follows_the_ratio() {
        assert_eq!(resample(&vec![0.0; 8000], 8000, 16000).len(), 16000);
        assert_eq!(resample(&vec![0.0; 44100], 44100, 16000).len(), 16000);
        assert_eq!(resample(&vec![0.0; 48000], 48000, 16000).len(), 16000);
        assert_eq!(resample(&vec![0.0; 1001], 16000, 16000).len(), 1001);
    }

    #[test]
    fn upsampling_keeps_a_tone_and_adds_no_image() {
        let x = sine(1000.0, 8000, 1.0);
        let y = resample(&x, 8000, 16000);
        let mid = &y[2000..14000];
        let a = tone_amplitude(mid, 1000.0, 16000);
        assert!((a - 0.5).abs() < 0.01, "1 kHz amplitude {a}");
        // Linear interpolation leaves an image at 8000-1000 = 7 kHz; a sinc filter removes it.
        let image = tone_amplitude(mid, 7000.0, 16000);
        assert!(image < 0.5 * 1e-3, "7 kHz image {image}");
    }

    #[test]
    fn downsampling_removes_what_would_alias() {
        // 12 kHz is above the new 8 kHz Nyquist: it must vanish, not fold to 4 kHz.
        let y = resample(&sine(12000.0, 48000, 1.0), 48000, 16000);
        let mid = &y[1000..15000];
        assert!(rms(mid) < 0.5 * 1e-3, "rms {}", rms(mid));
        let y = resample(&sine(440.0, 44100, 1.0), 44100, 16000);
        let a = tone_amplitude(&y[1000..15000], 440.0, 16000);
        assert!((a - 0.5).abs() < 0.01, "440 Hz amplitude {a}");
    }

    #[test]
    fn block_by_block_equals_all_at_once() {
        let x = sine(300.0, 8000, 0.5);
        let whole = resample(&x, 8000, 16000);
        let mut r = Resampler::new(8000, 16000);
        let mut pieces = Vec::new();
        for chunk in x.chunks(333) {
            r.process(chunk, &mut pieces);
        }
        r.flush(&mut pieces);
        assert_eq!(whole.len(), pieces.len());
        assert!(whole.iter().zip(&pieces).all(|(a, b)| (a - b).abs() < 1e-6));
    }

    #[test]
    fn odd_rates_without_a_table_still_work() {
        // 16001/16000 has 16000 phases: computed on the fly.
        let x = sine(500.0, 16001, 0.25);
        let y = resample(&x, 16001, 16000);
        assert_eq!(y.len(), 4000);
        let a = tone_amplitude(&y[500..3500], 500.0, 16000);
        assert!((a - 0.5).abs() < 0.01, "{a}");
    }
}
