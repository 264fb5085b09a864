//! Compressed recordings (MP3, FLAC, Ogg Vorbis) through symphonia, pure Rust.
//!
//! Many call recorders store MP3 rather than WAV. This reader hands out interleaved f32 frames
//! like `WavReader`, packet by packet, so a long recording stays in bounded memory. A packet that
//! does not decode is skipped (a glitch in a long call should not lose the call); a file where
//! nothing decodes at all is an error.

use std::fs::File;
use std::path::{Path, PathBuf};

use symphonia::core::codecs::audio::{AudioDecoder, AudioDecoderOptions};
use symphonia::core::codecs::CodecParameters;
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, FormatReader, TrackType};
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::core::meta::MetadataOptions;

use super::wav::{Codec, WavError, WavFormat, MAX_SAMPLE_RATE_HZ};

/// Consecutive undecodable packets after which the file is taken as corrupt.
const MAX_BAD_PACKETS: usize = 100;

/// An open compressed recording.
pub struct CompressedReader {
    path: PathBuf,
    format_reader: Box<dyn FormatReader + 'static>,
    decoder: Box<dyn AudioDecoder>,
    track_id: u32,
    pub format: WavFormat,
    /// Frames the container says it holds (exact for FLAC; MP3 and Ogg may not say).
    pub total_frames: Option<u64>,
    /// Decoded interleaved samples not handed out yet.
    pending: Vec<f32>,
    scratch: Vec<f32>,
    decoded_frames: u64,
    done: bool,
    /// Packets that did not decode and were skipped.
    pub skipped_packets: usize,
}

fn decode_err(path: &Path, source: SymphoniaError) -> WavError {
    match source {
        SymphoniaError::IoError(source) => WavError::Io {
            path: path.to_owned(),
            source,
        },
        source => WavError::Decode {
            path: path.to_owned(),
            source,
        },
    }
}

impl CompressedReader {
    /// Opens a file whose first bytes said `codec`.
    pub fn open(path: &Path, codec: Codec) -> Result<Self, WavError> {
        let file = File::open(path).map_err(|source| WavError::Io {
            path: path.to_owned(),
            source,
        })?;
        let mss = MediaSourceStream::new(Box::new(file), MediaSourceStreamOptions::default());
        let mut hint = Hint::new();
        hint.with_extension(match codec {
            Codec::Mp3 => "mp3",
            Codec::Flac => "flac",
            _ => "ogg",
        });
        let format_reader = symphonia::default::get_probe()
            .probe(
                &hint,
                mss,
                FormatOptions::default(),
                MetadataOptions::default(),
            )
            // Whatever stops the probe (even an early end of file) means the file is not usable
            // audio: say so rather than "cannot read".
            .map_err(|source| WavError::Decode {
                path: path.to_owned(),
                source,
            })?;
        let track = format_reader
            .default_track(TrackType::Audio)
            .ok_or_else(|| WavError::Empty {
                path: path.to_owned(),
            })?;
        let Some(CodecParameters::Audio(params)) = &track.codec_params else {
            return Err(WavError::Unsupported {
                path: path.to_owned(),
                what: "no audio codec parameters".into(),
            });
        };
        let channels = params.channels.as_ref().map_or(0, |c| c.count());
        let rate = params.sample_rate.unwrap_or(0);
        if !(1..=MAX_SAMPLE_RATE_HZ).contains(&rate) {
            return Err(WavError::Unsupported {
                path: path.to_owned(),
                what: format!("{channels} channels at {rate} Hz"),
            });
        }
        // The same rule as WAV: a call is mono, or stereo with one party per channel.
        if channels == 0 || channels > 2 {
            return Err(WavError::Unsupported {
                path: path.to_owned(),
                what: format!(
                    "{channels} channels (calls are mono, or stereo with one party per channel)"
                ),
            });
        }
        let decoder = symphonia::default::get_codecs()
            .make_audio_decoder(params, &AudioDecoderOptions::default())
            .map_err(|e| decode_err(path, e))?;
        let track_id = track.id;
        let total_frames = track.num_frames;
        Ok(Self {
            path: path.to_owned(),
            format_reader,
            decoder,
            track_id,
            format: WavFormat {
                codec,
                channels: channels as u16,
                sample_rate_hz: rate,
                bits_per_sample: 0,
                block_align: 0,
            },
            total_frames,
            pending: Vec::new(),
            scratch: Vec::new(),
            decoded_frames: 0,
            done: false,
            skipped_packets: 0,
        })
    }

    /// Frames decoded so far (the duration once the end is reached).
    pub fn decoded_frames(&self) -> u64 {
        self.decoded_frames
    }

    /// Decodes packets until at least `frames` frames are pending or the stream ends.
    fn fill(&mut self, frames: usize) -> Result<(), WavError> {
        let ch = self.format.channels as usize;
        let mut bad = 0;
        while !self.done && self.pending.len() < frames * ch {
            let packet = match self.format_reader.next_packet() {
                Ok(Some(p)) => p,
                Ok(None) => {
                    self.done = true;
                    break;
                }
                // A cut-off file ends where its data ends.
                Err(SymphoniaError::IoError(e))
                    if e.kind() == std::io::ErrorKind::UnexpectedEof =>
                {
                    self.done = true;
                    break;
                }
                Err(e) => return Err(decode_err(&self.path, e)),
            };
            if packet.track_id != self.track_id {
                continue;
            }
            match self.decoder.decode(&packet) {
                Ok(buf) => {
                    bad = 0;
                    buf.copy_to_vec_interleaved(&mut self.scratch);
                    self.pending.extend_from_slice(&self.scratch);
                }
                Err(SymphoniaError::DecodeError(why)) => {
                    bad += 1;
                    self.skipped_packets += 1;
                    tracing::debug!("{}: skipped a packet: {why}", self.path.display());
                    if bad >= MAX_BAD_PACKETS {
                        return Err(WavError::Corrupt {
                            path: self.path.clone(),
                            bad,
                        });
                    }
                }
                Err(e) => return Err(decode_err(&self.path, e)),
            }
        }
        Ok(())
    }

    /// Reads up to `max_frames` frames, appending interleaved samples in [-1, 1] to `out`.
    /// Returns the number of frames read; 0 at the end.
    pub fn read_frames(
        &mut self,
        max_frames: usize,
        out: &mut Vec<f32>,
    ) -> Result<usize, WavError> {
        self.fill(max_frames)?;
        let ch = self.format.channels as usize;
        let frames = (self.pending.len() / ch).min(max_frames);
        out.extend(self.pending.drain(..frames * ch));
        self.decoded_frames += frames as u64;
        Ok(frames)
    }
}
