//! Streaming RIFF/WAVE reader.
//!
//! Call recorders write WAV in many encodings (PCM of several widths, float, G.711 mu-law/A-law,
//! WAVE_FORMAT_EXTENSIBLE) and often leave a wrong data size behind when they are killed. We read
//! the header once and then frames in blocks, so an hour-long call never sits in memory whole.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::g711;

/// Sample rates outside this range are not phone or studio audio; they are corrupt headers.
pub const MIN_SAMPLE_RATE_HZ: u32 = 2_000;
pub const MAX_SAMPLE_RATE_HZ: u32 = 384_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Codec {
    Pcm,
    Float,
    MuLaw,
    ALaw,
    /// Compressed containers, decoded by `compressed::CompressedReader`.
    Mp3,
    Flac,
    Vorbis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct WavFormat {
    pub codec: Codec,
    pub channels: u16,
    pub sample_rate_hz: u32,
    pub bits_per_sample: u16,
    pub block_align: u16,
}

#[derive(Debug, thiserror::Error)]
pub enum WavError {
    #[error("{path}: cannot read")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a WAV file ({reason})")]
    NotWav { path: PathBuf, reason: String },
    #[error("{path}: truncated WAV header ({reason})")]
    Truncated { path: PathBuf, reason: String },
    #[error("{path}: unsupported WAV encoding: {what}")]
    Unsupported { path: PathBuf, what: String },
    #[error("{path}: no audio data (the data chunk is empty)")]
    Empty { path: PathBuf },
    #[error("{path}: cannot decode the audio")]
    Decode {
        path: PathBuf,
        #[source]
        source: symphonia::core::errors::Error,
    },
    #[error("{path}: corrupt audio: {bad} packets in a row do not decode")]
    Corrupt { path: PathBuf, bad: usize },
    #[error(
        "{path}: not a regular file (a pipe, socket, device or folder); give a recording file"
    )]
    NotAFile { path: PathBuf },
}

/// An open WAV file positioned at its sample data.
pub struct WavReader {
    path: PathBuf,
    reader: BufReader<File>,
    pub format: WavFormat,
    /// Sample frames left to read.
    frames_left: u64,
    pub total_frames: u64,
    /// Frames the data chunk declares: more than `total_frames` when the file was cut short.
    pub declared_frames: u64,
    raw: Vec<u8>,
}

/// The compressed format a file's first bytes announce (then `CompressedReader` opens it).
pub fn sniff_compressed(magic: &[u8]) -> Option<Codec> {
    if magic.starts_with(b"ID3") || (magic.len() > 1 && magic[0] == 0xFF && magic[1] & 0xE0 == 0xE0)
    {
        Some(Codec::Mp3)
    } else if magic.starts_with(b"fLaC") {
        Some(Codec::Flac)
    } else if magic.starts_with(b"OggS") {
        Some(Codec::Vorbis)
    } else {
        None
    }
}

/// What a file that is neither WAV nor a decodable format looks like, to say how to convert it.
fn container_hint(magic: &[u8]) -> Option<&'static str> {
    if magic.len() >= 8 && &magic[4..8] == b"ftyp" {
        Some("looks like MP4/M4A; convert it, e.g. `ffmpeg -i in.m4a out.wav`")
    } else if magic.starts_with(b"#!AMR") {
        Some("looks like AMR; convert it, e.g. `sox in.amr out.wav`")
    } else {
        None
    }
}

impl WavReader {
    pub fn open(path: &Path) -> Result<Self, WavError> {
        let io = |source| WavError::Io {
            path: path.to_owned(),
            source,
        };
        let file = File::open(path).map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if meta.is_dir() {
            return Err(WavError::NotWav {
                path: path.to_owned(),
                reason: "it is a directory".into(),
            });
        }
        let file_len = meta.len();
        let mut reader = BufReader::with_capacity(1 << 16, file);
        let not_wav = |reason: String| WavError::NotWav {
            path: path.to_owned(),
            reason,
        };
        let truncated = |reason: &str| WavError::Truncated {
            path: path.to_owned(),
            reason: reason.into(),
        };

        let mut head = [0u8; 12];
        let got = read_up_to(&mut reader, &mut head).map_err(io)?;
        if got == 0 {
            return Err(not_wav("the file is empty".into()));
        }
        if let Some(hint) = container_hint(&head[..got]) {
            return Err(not_wav(hint.into()));
        }
        if got < 12 || &head[0..4] != b"RIFF" || &head[8..12] != b"WAVE" {
            if got >= 4 && &head[0..4] == b"RIFF" && got < 12 {
                return Err(truncated("file ends inside the RIFF header"));
            }
            if got >= 4 && (&head[0..4] == b"RF64" || &head[0..4] == b"RIFX") {
                return Err(WavError::Unsupported {
                    path: path.to_owned(),
                    what: format!("{} container", String::from_utf8_lossy(&head[0..4])),
                });
            }
            return Err(not_wav("no RIFF/WAVE header".into()));
        }

        let mut format = None;
        let mut pos = 12u64;
        loop {
            let mut ch = [0u8; 8];
            let got = read_up_to(&mut reader, &mut ch).map_err(io)?;
            if got < 8 {
                return Err(if format.is_none() {
                    truncated("no fmt chunk before the end of the file")
                } else {
                    truncated("no data chunk before the end of the file")
                });
            }
            pos += 8;
            let id = [ch[0], ch[1], ch[2], ch[3]];
            let size = u32::from_le_bytes([ch[4], ch[5], ch[6], ch[7]]) as u64;
            match &id {
                b"fmt " => {
                    if !(16..=1024).contains(&size) {
                        return Err(truncated("fmt chunk is too short"));
                    }
                    let mut buf = vec![0u8; size as usize];
                    reader
                        .read_exact(&mut buf)
                        .map_err(|_| truncated("file ends inside the fmt chunk"))?;
                    format = Some(parse_fmt(path, &buf)?);
                    if size % 2 == 1 {
                        reader.seek(SeekFrom::Current(1)).map_err(io)?;
                    }
                    pos += size + size % 2;
                }
                b"data" => {
                    let format =
                        format.ok_or_else(|| truncated("data chunk comes before the fmt chunk"))?;
                    let available = file_len.saturating_sub(pos);
                    // Recorders killed mid-call leave 0 or 0xFFFFFFFF here: trust the file length instead.
                    let declared = if size == 0 || size == u32::MAX as u64 {
                        available
                    } else {
                        size
                    };
                    let bytes = declared.min(available);
                    if bytes < declared {
                        tracing::debug!(
                            "{}: data chunk declares {declared} bytes, file holds {bytes}; reading what is there",
                            path.display()
                        );
                    }
                    let total_frames = bytes / format.block_align as u64;
                    let declared_frames = declared / format.block_align as u64;
                    if total_frames == 0 {
                        return Err(WavError::Empty {
                            path: path.to_owned(),
                        });
                    }
                    return Ok(Self {
                        path: path.to_owned(),
                        reader,
                        format,
                        frames_left: total_frames,
                        total_frames,
                        declared_frames,
                        raw: Vec::new(),
                    });
                }
                _ => {
                    let skip = size + size % 2;
                    reader.seek(SeekFrom::Current(skip as i64)).map_err(io)?;
                    pos += skip;
                }
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn duration_ms(&self) -> i64 {
        (self.total_frames * 1000 / self.format.sample_rate_hz as u64) as i64
    }

    /// Reads up to `max_frames` frames, appending interleaved samples in [-1, 1) to `out`.
    /// Returns the number of frames read; 0 at the end.
    pub fn read_frames(
        &mut self,
        max_frames: usize,
        out: &mut Vec<f32>,
    ) -> Result<usize, WavError> {
        let frames = (max_frames as u64).min(self.frames_left) as usize;
        if frames == 0 {
            return Ok(0);
        }
        let n_bytes = frames * self.format.block_align as usize;
        self.raw.resize(n_bytes, 0);
        let got = read_up_to(&mut self.reader, &mut self.raw).map_err(|source| WavError::Io {
            path: self.path.clone(),
            source,
        })?;
        let frames = got / self.format.block_align as usize;
        if frames == 0 {
            self.frames_left = 0;
            return Ok(0);
        }
        self.frames_left -= frames as u64;
        let f = self.format;
        // Samples sit at the start of each frame; a block align larger than the samples is
        // padding, skipped by stepping over whole frames.
        let width = f.bits_per_sample.div_ceil(8) as usize;
        for frame in
            self.raw[..frames * f.block_align as usize].chunks_exact(f.block_align as usize)
        {
            for s in frame.chunks_exact(width).take(f.channels as usize) {
                out.push(decode_sample(f.codec, f.bits_per_sample, s));
            }
        }
        Ok(frames)
    }
}

fn decode_sample(codec: Codec, bits: u16, s: &[u8]) -> f32 {
    match (codec, bits) {
        (Codec::Pcm, 8) => (s[0] as f32 - 128.0) / 128.0,
        (Codec::Pcm, 16) => i16::from_le_bytes([s[0], s[1]]) as f32 / 32_768.0,
        (Codec::Pcm, 24) => (i32::from_le_bytes([0, s[0], s[1], s[2]]) >> 8) as f32 / 8_388_608.0,
        (Codec::Pcm, 32) => i32::from_le_bytes([s[0], s[1], s[2], s[3]]) as f32 / 2_147_483_648.0,
        (Codec::Float, 32) => f32::from_le_bytes([s[0], s[1], s[2], s[3]]).clamp(-1.0, 1.0),
        (Codec::Float, 64) => f64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]])
            .clamp(-1.0, 1.0) as f32,
        (Codec::MuLaw, _) => g711::ulaw_to_linear(s[0]) as f32 / 32_768.0,
        (Codec::ALaw, _) => g711::alaw_to_linear(s[0]) as f32 / 32_768.0,
        _ => 0.0,
    }
}

fn parse_fmt(path: &Path, b: &[u8]) -> Result<WavFormat, WavError> {
    let u16at = |o: usize| u16::from_le_bytes([b[o], b[o + 1]]);
    let u32at = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
    let unsupported = |what: String| WavError::Unsupported {
        path: path.to_owned(),
        what,
    };
    let mut tag = u16at(0);
    let channels = u16at(2);
    let sample_rate_hz = u32at(4);
    let block_align = u16at(12);
    let bits_per_sample = u16at(14);
    if tag == 0xFFFE {
        if b.len() < 40 {
            return Err(WavError::Truncated {
                path: path.to_owned(),
                reason: "WAVE_FORMAT_EXTENSIBLE fmt chunk is too short".into(),
            });
        }
        // The sub-format GUID starts with the plain format tag.
        tag = u16at(24);
    }
    let codec = match tag {
        1 => Codec::Pcm,
        3 => Codec::Float,
        6 => Codec::ALaw,
        7 => Codec::MuLaw,
        0x11 => {
            return Err(unsupported(
                "IMA ADPCM (format 0x11); convert to PCM first".into(),
            ))
        }
        0x31 => {
            return Err(unsupported(
                "GSM 6.10 (format 0x31); convert to PCM first".into(),
            ))
        }
        0x55 => return Err(unsupported("MP3 inside WAV (format 0x55)".into())),
        other => return Err(unsupported(format!("format tag 0x{other:04x}"))),
    };
    if channels == 0 || channels > 2 {
        return Err(unsupported(format!(
            "{channels} channels (calls are mono, or stereo with one party per channel)"
        )));
    }
    if !(MIN_SAMPLE_RATE_HZ..=MAX_SAMPLE_RATE_HZ).contains(&sample_rate_hz) {
        return Err(unsupported(format!(
            "sample rate {sample_rate_hz} Hz (expected {MIN_SAMPLE_RATE_HZ}..{MAX_SAMPLE_RATE_HZ})"
        )));
    }
    let ok_bits = match codec {
        Codec::Pcm => matches!(bits_per_sample, 8 | 16 | 24 | 32),
        Codec::Float => matches!(bits_per_sample, 32 | 64),
        Codec::MuLaw | Codec::ALaw => bits_per_sample == 8,
        // Never from a WAV fmt chunk.
        Codec::Mp3 | Codec::Flac | Codec::Vorbis => false,
    };
    if !ok_bits {
        return Err(unsupported(format!("{bits_per_sample}-bit {codec:?}")));
    }
    let width = bits_per_sample.div_ceil(8);
    if block_align < width * channels {
        return Err(unsupported(format!(
            "block align {block_align} too small for {channels} x {bits_per_sample}-bit samples"
        )));
    }
    Ok(WavFormat {
        codec,
        channels,
        sample_rate_hz,
        bits_per_sample,
        block_align,
    })
}

/// Like `read_exact`, but returns how much it got instead of failing at the end of the file.
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// Builds a WAV file in memory around raw sample bytes (`tag`: 1 PCM, 3 float, 6 A-law, 7 mu-law).
/// For tests and benchmarks that need recordings of an exact shape.
pub fn encode_wav(tag: u16, channels: u16, rate: u32, bits: u16, data: &[u8]) -> Vec<u8> {
    let block = channels * bits.div_ceil(8);
    let mut out = Vec::new();
    out.extend(b"RIFF");
    out.extend(((36 + data.len()) as u32).to_le_bytes());
    out.extend(b"WAVEfmt ");
    out.extend(16u32.to_le_bytes());
    out.extend(tag.to_le_bytes());
    out.extend(channels.to_le_bytes());
    out.extend(rate.to_le_bytes());
    out.extend((rate * block as u32).to_le_bytes());
    out.extend(block.to_le_bytes());
    out.extend(bits.to_le_bytes());
    out.extend(b"data");
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    fn read_all(p: &Path) -> (WavFormat, Vec<f32>) {
        let mut r = WavReader::open(p).unwrap();
        let mut out = Vec::new();
        while r.read_frames(3, &mut out).unwrap() > 0 {}
        (r.format, out)
    }

    #[test]
    fn decodes_each_pcm_width_and_float() {
        let d = tempfile::tempdir().unwrap();
        let cases: Vec<(u16, u16, Vec<u8>, Vec<f32>)> = vec![
            (1, 8, vec![0, 128, 255], vec![-1.0, 0.0, 127.0 / 128.0]),
            (
                1,
                16,
                [i16::MIN, 0, 16384]
                    .iter()
                    .flat_map(|v| v.to_le_bytes())
                    .collect(),
                vec![-1.0, 0.0, 0.5],
            ),
            (
                1,
                24,
                vec![0, 0, 0x80, 0, 0, 0, 0, 0, 0x40],
                vec![-1.0, 0.0, 0.5],
            ),
            (
                1,
                32,
                [i32::MIN, 0, 1 << 30]
                    .iter()
                    .flat_map(|v| v.to_le_bytes())
                    .collect(),
                vec![-1.0, 0.0, 0.5],
            ),
            (
                3,
                32,
                [-0.25f32, 0.0, 2.0]
                    .iter()
                    .flat_map(|v| v.to_le_bytes())
                    .collect(),
                vec![-0.25, 0.0, 1.0],
            ),
        ];
        for (tag, bits, data, want) in cases {
            let p = write(
                &d,
                &format!("t{tag}_{bits}.wav"),
                &encode_wav(tag, 1, 8000, bits, &data),
            );
            let (f, got) = read_all(&p);
            assert_eq!(f.bits_per_sample, bits);
            assert_eq!(got, want, "tag {tag} bits {bits}");
        }
    }

    #[test]
    fn decodes_g711_and_stereo_interleaving() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            &d,
            "mu.wav",
            &encode_wav(7, 2, 8000, 8, &[0x00, 0x80, 0xFF, 0x7F]),
        );
        let (f, got) = read_all(&p);
        assert_eq!((f.codec, f.channels), (Codec::MuLaw, 2));
        assert_eq!(got, vec![-32124.0 / 32768.0, 32124.0 / 32768.0, 0.0, 0.0]);
        let p = write(&d, "a.wav", &encode_wav(6, 1, 8000, 8, &[0xD5, 0xAA]));
        let (f, got) = read_all(&p);
        assert_eq!(f.codec, Codec::ALaw);
        assert_eq!(got, vec![8.0 / 32768.0, 32256.0 / 32768.0]);
    }

    #[test]
    fn compressed_formats_are_told_by_their_first_bytes() {
        assert_eq!(sniff_compressed(b"ID3\x03\x00"), Some(Codec::Mp3));
        assert_eq!(sniff_compressed(&[0xFF, 0xFB, 0x90]), Some(Codec::Mp3));
        assert_eq!(sniff_compressed(b"fLaC\x00"), Some(Codec::Flac));
        assert_eq!(sniff_compressed(b"OggS\x00"), Some(Codec::Vorbis));
        assert_eq!(sniff_compressed(b"RIFF\x00\x00\x00\x00WAVE"), None);
        assert_eq!(sniff_compressed(b""), None);
    }

    #[test]
    fn rejects_bad_input_with_a_reason() {
        let d = tempfile::tempdir().unwrap();
        let check = |name: &str, bytes: &[u8], want: &str| {
            let p = write(&d, name, bytes);
            let err = WavReader::open(&p).err().expect("should fail").to_string();
            assert!(err.contains(name) && err.contains(want), "{err}");
        };
        check("empty.wav", b"", "empty");
        check("text.wav", b"hello, this is not audio at all", "not a WAV");
        check("m4a.wav", b"\x00\x00\x00\x20ftypM4A rest", "MP4/M4A");
        check("amr.wav", b"#!AMR\nrest", "AMR");
        check("short.wav", b"RIFF\x10\x00", "truncated");
        let full = encode_wav(1, 1, 8000, 16, &[1, 0, 2, 0]);
        check("cut.wav", &full[..30], "truncated");
        check(
            "nodata.wav",
            &encode_wav(1, 1, 8000, 16, &[]),
            "no audio data",
        );
        check(
            "rate.wav",
            &encode_wav(1, 1, 5, 16, &[0, 0]),
            "sample rate 5 Hz",
        );
        check("adpcm.wav", &encode_wav(0x11, 1, 8000, 4, &[0, 0]), "ADPCM");
        check(
            "six.wav",
            &encode_wav(1, 6, 8000, 16, &[0; 12]),
            "6 channels",
        );
        let err = WavReader::open(d.path()).err().unwrap().to_string();
        assert!(err.contains("directory"), "{err}");
        let err = WavReader::open(&d.path().join("missing.wav"))
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("missing.wav") && err.contains("cannot read"),
            "{err}"
        );
    }

    #[test]
    fn reads_what_is_there_when_the_data_size_lies() {
        let d = tempfile::tempdir().unwrap();
        let mut bytes = encode_wav(1, 1, 8000, 16, &[1, 0, 2, 0, 3, 0]);
        let n = bytes.len();
        bytes[n - 10..n - 6].copy_from_slice(&u32::MAX.to_le_bytes());
        let p = write(&d, "streamed.wav", &bytes);
        assert_eq!(read_all(&p).1.len(), 3);
        bytes[n - 10..n - 6].copy_from_slice(&1000u32.to_le_bytes());
        let p = write(&d, "killed.wav", &bytes);
        assert_eq!(read_all(&p).1.len(), 3);
    }

    #[test]
    fn skips_unknown_chunks_and_reads_extensible() {
        let d = tempfile::tempdir().unwrap();
        let mut b = Vec::new();
        b.extend(b"RIFF\0\0\0\0WAVE");
        b.extend(b"LIST\x03\0\0\0abc\0"); // odd size, padded
        b.extend(b"fmt ");
        b.extend(40u32.to_le_bytes());
        b.extend(0xFFFEu16.to_le_bytes());
        b.extend(1u16.to_le_bytes());
        b.extend(16000u32.to_le_bytes());
        b.extend(32000u32.to_le_bytes());
        b.extend(2u16.to_le_bytes());
        b.extend(16u16.to_le_bytes());
        b.extend(22u16.to_le_bytes());
        b.extend(16u16.to_le_bytes());
        b.extend(4u32.to_le_bytes());
        b.extend(1u16.to_le_bytes()); // sub-format PCM
        b.extend([0u8; 14]);
        b.extend(b"data\x04\0\0\0");
        b.extend([0, 0x40, 0, 0xC0]);
        let p = write(&d, "ext.wav", &b);
        let (f, got) = read_all(&p);
        assert_eq!((f.codec, f.sample_rate_hz), (Codec::Pcm, 16000));
        assert_eq!(got, vec![0.5, -0.5]);
    }
}
