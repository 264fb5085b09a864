//! Audio in: decode, split channels, resample to 16 kHz mono f32 per channel, block by block.
//!
//! No ML here. The output is what Whisper wants (16 kHz f32 in [-1, 1]) with one signal per party,
//! delivered in bounded blocks so that memory does not grow with the length of the call.

pub mod compressed;
pub mod g711;
pub mod resample;
pub mod vad;
pub mod wav;

use std::path::Path;

pub use wav::{Codec, WavError, WavFormat, WavReader};

pub const SAMPLE_RATE_HZ: u32 = 16_000;
/// Length of the blocks handed downstream; long enough for the VAD's noise-floor estimate.
pub const BLOCK_MS: usize = 30_000;

/// Facts about an opened recording.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AudioInfo {
    pub format: WavFormat,
    pub duration_ms: i64,
}

/// Where frames come from: our WAV reader, or symphonia for compressed files.
enum Source {
    Wav(WavReader),
    Compressed(Box<compressed::CompressedReader>),
}

impl Source {
    fn read_frames(&mut self, max: usize, out: &mut Vec<f32>) -> Result<usize, WavError> {
        match self {
            Self::Wav(r) => r.read_frames(max, out),
            Self::Compressed(r) => r.read_frames(max, out),
        }
    }
}

/// The first bytes of a file (fewer if it is shorter; none for a directory).
fn magic(path: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut head = Vec::with_capacity(12);
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(12).read_to_end(&mut head);
    }
    head
}

/// A recording decoded lazily into 16 kHz channels.
pub struct AudioStream {
    reader: Source,
    resamplers: Vec<resample::Resampler>,
    interleaved: Vec<f32>,
    deinterleaved: Vec<Vec<f32>>,
    done: bool,
    pub info: AudioInfo,
}

impl AudioStream {
    /// Opens a WAV file, or an MP3, FLAC or Ogg Vorbis file (told by its first bytes).
    pub fn open(path: &Path) -> Result<Self, WavError> {
        // Opening a FIFO blocks until a writer comes, which may be never.
        match std::fs::metadata(path) {
            Ok(m) if !m.is_file() => {
                return Err(WavError::NotAFile {
                    path: path.to_owned(),
                })
            }
            Err(source) => {
                return Err(WavError::Io {
                    path: path.to_owned(),
                    source,
                })
            }
            Ok(_) => {}
        }
        let (reader, format, duration_ms) = match wav::sniff_compressed(&magic(path)) {
            Some(codec) => {
                let r = compressed::CompressedReader::open(path, codec)?;
                let f = r.format;
                let ms = r
                    .total_frames
                    .map_or(0, |n| (n * 1000 / f.sample_rate_hz as u64) as i64);
                (Source::Compressed(Box::new(r)), f, ms)
            }
            None => {
                let r = WavReader::open(path)?;
                let (f, ms) = (r.format, r.duration_ms());
                (Source::Wav(r), f, ms)
            }
        };
        let info = AudioInfo {
            format,
            duration_ms,
        };
        Ok(Self {
            resamplers: (0..format.channels)
                .map(|_| resample::Resampler::new(format.sample_rate_hz, SAMPLE_RATE_HZ))
                .collect(),
            deinterleaved: vec![Vec::new(); format.channels as usize],
            interleaved: Vec::new(),
            reader,
            done: false,
            info,
        })
    }

    pub fn channels(&self) -> usize {
        self.info.format.channels as usize
    }

    /// What the user should know about how this recording decoded, once it has been read to its
    /// end: a file cut short (its header declares more than it holds) or packets that did not
    /// decode. A recording decoded only in part is judged on the part there is, and says so.
    pub fn warnings(&self) -> Vec<String> {
        let rate = self.info.format.sample_rate_hz as u64;
        let secs = |frames: u64| frames as f64 / rate as f64;
        let mut out = Vec::new();
        match &self.reader {
            Source::Wav(r) if r.declared_frames > r.total_frames => out.push(format!(
                "decoded in part: the file declares {:.2} s of audio but holds {:.2} s (cut short)",
                secs(r.declared_frames),
                secs(r.total_frames)
            )),
            Source::Compressed(r) => {
                if r.skipped_packets > 0 {
                    out.push(format!(
                        "decoded in part: {} damaged packets skipped",
                        r.skipped_packets
                    ));
                }
                // 200 ms of slack: encoders pad the last frame.
                if let Some(declared) = r.total_frames {
                    if self.done && declared > r.decoded_frames() + rate / 5 {
                        out.push(format!(
                            "decoded in part: the file declares {:.2} s of audio but {:.2} s decoded",
                            secs(declared),
                            secs(r.decoded_frames())
                        ));
                    }
                }
            }
            Source::Wav(_) => {}
        }
        out
    }

    /// The next block: one 16 kHz signal per channel, about `BLOCK_MS` long (the last may be shorter).
    pub fn next_block(&mut self) -> Result<Option<Vec<Vec<f32>>>, WavError> {
        if self.done {
            return Ok(None);
        }
        let frames = self.info.format.sample_rate_hz as usize * BLOCK_MS / 1000;
        self.interleaved.clear();
        let got = self.reader.read_frames(frames, &mut self.interleaved)?;
        let n_ch = self.channels();
        let mut out: Vec<Vec<f32>> =
            vec![Vec::with_capacity(SAMPLE_RATE_HZ as usize * BLOCK_MS / 1000 + 64); n_ch];
        split_channels(&self.interleaved, n_ch, &mut self.deinterleaved);
        for (c, r) in self.resamplers.iter_mut().enumerate() {
            r.process(&self.deinterleaved[c], &mut out[c]);
            if got < frames {
                r.flush(&mut out[c]);
            }
        }
        if got < frames {
            self.done = true;
            // MP3 and Ogg may not state their length: the decoded length is the truth.
            if let Source::Compressed(r) = &self.reader {
                self.info.duration_ms =
                    (r.decoded_frames() * 1000 / self.info.format.sample_rate_hz as u64) as i64;
            }
        }
        if out.iter().all(Vec::is_empty) {
            return Ok(None);
        }
        Ok(Some(out))
    }
}

/// Splits interleaved frames into one buffer per channel (buffers are reused).
pub fn split_channels(interleaved: &[f32], channels: usize, out: &mut Vec<Vec<f32>>) {
    out.resize_with(channels, Vec::new);
    for ch in out.iter_mut() {
        ch.clear();
    }
    for frame in interleaved.chunks_exact(channels) {
        for (c, s) in frame.iter().enumerate() {
            out[c].push(*s);
        }
    }
}

/// Reads a whole file as 16 kHz channels (short clips and tests).
pub fn read_all(path: &Path) -> Result<(AudioInfo, Vec<Vec<f32>>), WavError> {
    let mut s = AudioStream::open(path)?;
    let mut chans: Vec<Vec<f32>> = vec![Vec::new(); s.channels()];
    while let Some(block) = s.next_block()? {
        for (c, b) in block.into_iter().enumerate() {
            chans[c].extend(b);
        }
    }
    Ok((s.info, chans))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_channels_deinterleaves() {
        let mut out = Vec::new();
        split_channels(&[1.0, -1.0, 2.0, -2.0, 3.0, -3.0], 2, &mut out);
        assert_eq!(out, vec![vec![1.0, 2.0, 3.0], vec![-1.0, -2.0, -3.0]]);
        split_channels(&[5.0], 1, &mut out);
        assert_eq!(out, vec![vec![5.0]]);
    }

    #[test]
    fn stereo_8khz_mulaw_becomes_two_16khz_channels() {
        let d = tempfile::tempdir().unwrap();
        // 1.5 s of stereo: left loud (0x80 = +max), right silent (0xFF = 0).
        let frames = 12_000;
        let data: Vec<u8> = (0..frames).flat_map(|_| [0x80u8, 0xFF]).collect();
        let p = d.path().join("call.wav");
        std::fs::write(&p, wav::encode_wav(7, 2, 8000, 8, &data)).unwrap();
        let (info, ch) = read_all(&p).unwrap();
        assert_eq!(info.duration_ms, 1500);
        assert_eq!(ch.len(), 2);
        assert_eq!(ch[0].len(), 24_000);
        assert_eq!(ch[1].len(), 24_000);
        assert!((ch[0][12_000] - 32124.0 / 32768.0).abs() < 1e-3);
        assert!(ch[1].iter().all(|v| v.abs() < 1e-6));
    }

    fn drain(s: &mut AudioStream) {
        while s.next_block().unwrap().is_some() {}
    }

    #[test]
    fn a_recording_cut_short_says_it_was_decoded_in_part_and_a_whole_one_says_nothing() {
        let d = tempfile::tempdir().unwrap();
        let data: Vec<u8> = (0..16_000u32)
            .flat_map(|i| ((i % 200) as i16 * 50).to_le_bytes())
            .collect();
        let whole = wav::encode_wav(1, 1, 8000, 16, &data);
        let p = d.path().join("whole.wav");
        std::fs::write(&p, &whole).unwrap();
        let mut s = AudioStream::open(&p).unwrap();
        drain(&mut s);
        assert!(s.warnings().is_empty());
        // A recorder killed mid-write: the header declares 2 s, the file holds 0.5 s.
        let cut = d.path().join("cut.wav");
        std::fs::write(&cut, &whole[..44 + 8000]).unwrap();
        let mut s = AudioStream::open(&cut).unwrap();
        drain(&mut s);
        let w = s.warnings();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("decoded in part") && w[0].contains("2.00 s") && w[0].contains("0.50 s"),
            "{w:?}"
        );
    }

    #[test]
    fn padding_in_the_block_align_is_stepped_over() {
        // 16-bit mono with a 4-byte block align: each frame is a sample and 2 bytes of padding.
        let d = tempfile::tempdir().unwrap();
        let mut bytes = wav::encode_wav(1, 1, 8000, 16, &[0u8; 16]);
        bytes[32..34].copy_from_slice(&4u16.to_le_bytes()); // block align
        let samples: [i16; 4] = [1000, -1000, 2000, -2000];
        let data: Vec<u8> = samples
            .iter()
            .flat_map(|v| [v.to_le_bytes(), [0xAB, 0xCD]].concat())
            .collect();
        bytes[44..].copy_from_slice(&data);
        let p = d.path().join("padded.wav");
        std::fs::write(&p, &bytes).unwrap();
        let mut r = wav::WavReader::open(&p).unwrap();
        let mut out = Vec::new();
        assert_eq!(r.read_frames(10, &mut out).unwrap(), 4);
        let back: Vec<i16> = out.iter().map(|v| (v * 32768.0).round() as i16).collect();
        assert_eq!(back, samples, "padding bytes are not samples");
    }

    #[test]
    fn special_files_are_refused_at_once() {
        let d = tempfile::tempdir().unwrap();
        let fifo = d.path().join("pipe.wav");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success()));
        let e = AudioStream::open(&fifo).err().expect("refused");
        assert!(e.to_string().contains("not a regular file"), "{e}");
        let e = AudioStream::open(d.path())
            .err()
            .expect("a folder is refused");
        assert!(e.to_string().contains("not a regular file"), "{e}");
    }
}
