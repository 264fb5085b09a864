//! Energy voice-activity detection on 16 kHz channels.
//!
//! Two reasons to find speech before Whisper sees the audio: Whisper invents text on silence
//! ("Thank you."), and its encoder costs the same for 30 s of silence as for 30 s of speech, so
//! packing only the speech of each channel cuts the work roughly in half on a two-party call.
//! The threshold adapts to each block's noise floor (its 10th-percentile frame energy), so steady
//! line noise is not speech, and a frame whose other channel is much louder is treated as crosstalk.

use crate::audio::SAMPLE_RATE_HZ;

pub const FRAME_MS: usize = 20;
pub const FRAME_SAMPLES: usize = SAMPLE_RATE_HZ as usize * FRAME_MS / 1000;

/// Tuning of the detector; the defaults were measured on espeak calls with added noise.
#[derive(Debug, Clone)]
pub struct VadOptions {
    /// Frames quieter than this are never speech.
    pub min_speech_dbfs: f32,
    /// Speech must stand this far above the block's noise floor.
    pub above_floor_db: f32,
    /// A frame this far below the other channel is crosstalk (echo of the other party).
    pub crosstalk_db: f32,
    /// Silence shorter than this does not end a region.
    pub hangover_ms: usize,
    /// Regions shorter than this (clicks) are dropped.
    pub min_speech_ms: usize,
    /// Context kept around each region so word edges are not clipped.
    pub pad_ms: usize,
    /// Longer regions are split at their quietest frame, bounding what one Whisper pass sees.
    pub max_region_ms: usize,
}

impl VadOptions {
    /// Every frame is speech: Whisper sees all the audio (for measuring what the VAD saves).
    pub fn everything() -> Self {
        Self {
            min_speech_dbfs: f32::NEG_INFINITY,
            above_floor_db: f32::NEG_INFINITY,
            crosstalk_db: f32::INFINITY,
            min_speech_ms: 0,
            ..Self::default()
        }
    }
}

impl Default for VadOptions {
    fn default() -> Self {
        Self {
            min_speech_dbfs: -50.0,
            above_floor_db: 12.0,
            crosstalk_db: 15.0,
            hangover_ms: 400,
            min_speech_ms: 150,
            pad_ms: 200,
            max_region_ms: 28_000,
        }
    }
}

/// Energy of each 20 ms frame in dBFS (the last partial frame counts).
pub fn frame_db(samples: &[f32]) -> Vec<f32> {
    samples
        .chunks(FRAME_SAMPLES)
        .map(|f| {
            let e = f.iter().map(|v| v * v).sum::<f32>() / f.len() as f32;
            10.0 * (e + 1e-12).log10()
        })
        .collect()
}

/// Marks speech frames of one channel; `other` is the other channel's frame energies, if any.
pub fn speech_mask(db: &[f32], other: Option<&[f32]>, opts: &VadOptions) -> Vec<bool> {
    if db.is_empty() {
        return Vec::new();
    }
    let mut sorted = db.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let floor = sorted[sorted.len() / 10].max(-90.0);
    let threshold = (floor + opts.above_floor_db).max(opts.min_speech_dbfs);
    db.iter()
        .enumerate()
        .map(|(i, &e)| {
            let crosstalk = other
                .and_then(|o| o.get(i))
                .is_some_and(|&o| o - e > opts.crosstalk_db);
            e > threshold && !crosstalk
        })
        .collect()
}

/// A region of speech in frame units, half-open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start: usize,
    pub end: usize,
}

/// Turns a frame mask into padded regions: gaps under the hangover are bridged, blips dropped,
/// long regions split at the quietest frame.
pub fn regions(mask: &[bool], db: &[f32], opts: &VadOptions) -> Vec<Region> {
    let hang = opts.hangover_ms / FRAME_MS;
    let min_len = opts.min_speech_ms.div_ceil(FRAME_MS);
    let pad = opts.pad_ms / FRAME_MS;
    let max_len = opts.max_region_ms / FRAME_MS;
    let mut raw: Vec<Region> = Vec::new();
    let mut i = 0;
    while i < mask.len() {
        if !mask[i] {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let mut j = end;
        while j < mask.len() && j - end <= hang {
            if mask[j] {
                end = j + 1;
            }
            j += 1;
        }
        if end - start >= min_len {
            raw.push(Region { start, end });
        }
        i = end.max(j.min(mask.len()));
        if i == start {
            i += 1;
        }
    }
    let mut padded: Vec<Region> = Vec::new();
    for r in raw {
        let r = Region {
            start: r.start.saturating_sub(pad),
            end: (r.end + pad).min(mask.len()),
        };
        match padded.last_mut() {
            Some(last) if r.start <= last.end => last.end = r.end,
            _ => padded.push(r),
        }
    }
    let mut out = Vec::new();
    for r in padded {
        split_long(r, db, max_len, &mut out);
    }
    out
}

fn split_long(r: Region, db: &[f32], max_len: usize, out: &mut Vec<Region>) {
    if r.end - r.start <= max_len || max_len < 10 {
        out.push(r);
        return;
    }
    // Cut at the quietest frame of the region's last third that still fits.
    let lo = r.start + max_len * 2 / 3;
    let hi = r.start + max_len;
    let cut = (lo..hi)
        .min_by(|&a, &b| db[a].total_cmp(&db[b]))
        .unwrap_or(hi);
    out.push(Region {
        start: r.start,
        end: cut,
    });
    split_long(
        Region {
            start: cut,
            end: r.end,
        },
        db,
        max_len,
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> VadOptions {
        VadOptions::default()
    }

    #[test]
    fn silence_and_steady_noise_have_no_speech() {
        let silence = vec![0.0f32; 16000 * 3];
        let db = frame_db(&silence);
        assert!(speech_mask(&db, None, &opts()).iter().all(|s| !s));
        // White-ish noise at about -20 dBFS: loud, but flat, so it is the floor, not speech.
        let mut x = 12345u32;
        let noise: Vec<f32> = (0..16000 * 3)
            .map(|_| {
                x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                ((x >> 8) as f32 / (1u32 << 24) as f32 - 0.5) * 0.35
            })
            .collect();
        let db = frame_db(&noise);
        let mask = speech_mask(&db, None, &opts());
        assert!(regions(&mask, &db, &opts()).is_empty());
    }

    #[test]
    fn a_burst_in_silence_is_one_padded_region() {
        let mut x = vec![0.0f32; 16000 * 3];
        for (i, v) in x[16000..24000].iter_mut().enumerate() {
            *v = (i as f32 * 0.3).sin() * 0.3;
        }
        let db = frame_db(&x);
        let mask = speech_mask(&db, None, &opts());
        let r = regions(&mask, &db, &opts());
        assert_eq!(
            r,
            vec![Region {
                start: 50 - 10,
                end: 75 + 10
            }]
        );
    }

    #[test]
    fn short_gaps_are_bridged_and_blips_dropped() {
        let mut mask = vec![false; 200];
        mask[10..30].iter_mut().for_each(|m| *m = true);
        mask[35..60].iter_mut().for_each(|m| *m = true); // 100 ms gap: bridged
        mask[150..152].iter_mut().for_each(|m| *m = true); // 40 ms click: dropped
        let db = vec![-20.0; 200];
        let o = VadOptions {
            pad_ms: 0,
            ..opts()
        };
        assert_eq!(regions(&mask, &db, &o), vec![Region { start: 10, end: 60 }]);
    }

    #[test]
    fn everything_mode_keeps_digital_silence() {
        let db = frame_db(&vec![0.0f32; 16000]);
        let o = VadOptions::everything();
        let mask = speech_mask(&db, Some(&[0.0; 50]), &o);
        assert!(mask.iter().all(|m| *m));
        assert_eq!(regions(&mask, &db, &o), vec![Region { start: 0, end: 50 }]);
    }

    #[test]
    fn crosstalk_is_not_speech() {
        let db = vec![-40.0f32; 100];
        let other = vec![-10.0f32; 100];
        let mut quiet = vec![-90.0f32; 100];
        quiet[..50].copy_from_slice(&db[..50]);
        assert!(speech_mask(&quiet, Some(&other), &opts())
            .iter()
            .all(|s| !s));
        assert!(speech_mask(&quiet, None, &opts())[..50].iter().all(|s| *s));
    }

    #[test]
    fn long_regions_split_at_the_quietest_frame() {
        let mask = vec![true; 3000]; // 60 s
        let mut db = vec![-20.0f32; 3000];
        db[1200] = -60.0;
        let o = VadOptions {
            pad_ms: 0,
            ..opts()
        };
        let r = regions(&mask, &db, &o);
        assert_eq!(
            r[0],
            Region {
                start: 0,
                end: 1200
            }
        );
        assert!(r.iter().all(|r| r.end - r.start <= 1400));
        assert_eq!(r.last().unwrap().end, 3000);
    }
}
