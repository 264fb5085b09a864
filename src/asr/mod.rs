//! Speech recognition: find each party's speech, pack it into Whisper-sized pieces, transcribe,
//! and map the times back to the recording.
//!
//! The backend (`whisper.rs`) only sees packs: up to ~29 s of one channel's speech regions laid
//! end to end with short silences between them. Whisper's encoder costs the same per 30 s window
//! whatever it holds, so packing speech instead of sliding over the whole call skips silence and the
//! silent half of each channel. Each channel is its own pass, which keeps overlapping speech and
//! gives every segment its speaker from its channel.

#[cfg(feature = "ct2")]
pub mod ct2;
#[cfg(feature = "ct2")]
pub mod mel;
pub mod script;
pub mod settings;
pub mod whisper;

use crate::language::Language;
use std::path::Path;

use crate::audio::vad::{self, Region, VadOptions, FRAME_SAMPLES};
use crate::audio::{AudioStream, WavError, SAMPLE_RATE_HZ};
use crate::transcript::{Segment, Speaker, Transcript};

/// Samples per millisecond at 16 kHz.
const SAMPLES_PER_MS: usize = SAMPLE_RATE_HZ as usize / 1000;

/// A stretch of the recording placed in a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where it starts in the pack, ms.
    pub pack_start_ms: i64,
    pub len_ms: i64,
    /// Where it starts in the recording, ms.
    pub source_start_ms: i64,
    /// Whose channel it came from.
    pub speaker: Speaker,
}

/// One channel's speech laid end to end, what one Whisper call sees.
#[derive(Debug, Default)]
pub struct Pack {
    pub samples: Vec<f32>,
    pub spans: Vec<Span>,
}

/// A token with its times in the pack, ms.
#[derive(Debug, Clone)]
pub struct PackToken {
    pub start_ms: i64,
    pub end_ms: i64,
    pub bytes: Vec<u8>,
}

/// A segment as the backend returns it, in pack time.
#[derive(Debug, Clone)]
pub struct PackSegment {
    pub start_ms: i64,
    pub end_ms: i64,
    pub text: String,
    pub tokens: Vec<PackToken>,
}

#[derive(Debug, thiserror::Error)]
pub enum AsrError {
    #[error(transparent)]
    Audio(#[from] WavError),
    #[error("cannot load the Whisper model {path}")]
    Load {
        path: std::path::PathBuf,
        #[source]
        source: whisper_rs::WhisperError,
    },
    #[error("Whisper failed on {what}")]
    Whisper {
        what: String,
        #[source]
        source: whisper_rs::WhisperError,
    },
    #[cfg(feature = "ct2")]
    #[error("CTranslate2 Whisper {path}")]
    Ct2 {
        path: std::path::PathBuf,
        #[source]
        source: ct2::Ct2Error,
    },
    #[error("language {0:?} is not one Whisper knows")]
    Language(String),
    #[error("the model {model} is English-only; it cannot transcribe language {language:?} (use --asr base, or leave --asr out: --language picks its model)")]
    EnglishOnly { model: String, language: String },
}

/// Anything that turns a pack of 16 kHz speech into timed text.
pub trait Transcriber {
    fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError>;
    /// Several packs at once, answers in the same order. An engine that batches (CTranslate2)
    /// reads its weights once per decoding step for all of them instead of once per pack.
    fn transcribe_packs(&mut self, packs: &[Pack]) -> Result<Vec<Vec<PackSegment>>, AsrError> {
        packs.iter().map(|p| self.transcribe_pack(p)).collect()
    }
    /// How many packs `transcribe_packs` wants at a time.
    fn batch_size(&self) -> usize {
        1
    }
    /// A new recording begins (what a backend learned about the last one no longer holds).
    fn start_recording(&mut self) {}
    /// Model name and checksum, recorded in every transcript.
    fn model_id(&self) -> String;
    /// The language of the last pack (detected or fixed).
    fn language(&self) -> String;
}

/// A recognizer behind a reference or a box is a recognizer (a pipeline can run on one it does
/// not own; the engine is chosen at run time): every method is passed on.
macro_rules! forward_transcriber {
    ($($ty:ty),*) => {$(
        impl<T: Transcriber + ?Sized> Transcriber for $ty {
            fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError> {
                (**self).transcribe_pack(pack)
            }
            fn transcribe_packs(
                &mut self,
                packs: &[Pack],
            ) -> Result<Vec<Vec<PackSegment>>, AsrError> {
                (**self).transcribe_packs(packs)
            }
            fn batch_size(&self) -> usize {
                (**self).batch_size()
            }
            fn start_recording(&mut self) {
                (**self).start_recording()
            }
            fn model_id(&self) -> String {
                (**self).model_id()
            }
            fn language(&self) -> String {
                (**self).language()
            }
        }
    )*};
}
forward_transcriber!(&mut T, Box<T>);

/// Which channel of a stereo call carries the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AgentChannel {
    #[default]
    Left,
    Right,
}

#[derive(Debug, Clone)]
pub struct TranscribeOptions {
    pub agent_channel: AgentChannel,
    pub vad: VadOptions,
    /// Most audio one pack holds; under Whisper's 30 s window so a pack is one encoder pass.
    pub max_pack_ms: usize,
    /// Silence laid between spans in a pack, so Whisper ends a segment there.
    pub gap_ms: usize,
    /// Mix a stereo call to one channel (speakers become unknown); for measuring only.
    pub mix_channels: bool,
    /// Pack both parties' speech into the same windows (fewer, fuller windows) rather than one
    /// pass per channel. Spans keep their speaker either way.
    pub joint_packs: bool,
}

impl Default for TranscribeOptions {
    fn default() -> Self {
        Self {
            agent_channel: AgentChannel::Left,
            vad: VadOptions::default(),
            max_pack_ms: 29_000,
            gap_ms: 600,
            mix_channels: false,
            joint_packs: true,
        }
    }
}

fn speaker_of(channel: usize, n_channels: usize, agent: AgentChannel) -> Speaker {
    if n_channels < 2 {
        return Speaker::Unknown;
    }
    let agent_idx = match agent {
        AgentChannel::Left => 0,
        AgentChannel::Right => 1,
    };
    if channel == agent_idx {
        Speaker::Agent
    } else {
        Speaker::Customer
    }
}

/// Collects speech regions into packs and sends full packs to the backend, as many at a time as
/// it takes (`Transcriber::batch_size`).
#[derive(Default)]
struct Packer {
    pack: Pack,
    /// Full packs waiting for a batch to fill.
    sealed: Vec<Pack>,
}

impl Packer {
    fn add(
        &mut self,
        samples: &[f32],
        source_start_ms: i64,
        speaker: Speaker,
        opts: &TranscribeOptions,
        backend: &mut dyn Transcriber,
        out: &mut Vec<Segment>,
    ) -> Result<(), AsrError> {
        let gap = |p: &Pack| {
            if p.spans.is_empty() {
                0
            } else {
                opts.gap_ms * SAMPLES_PER_MS
            }
        };
        if self.pack.samples.len() + gap(&self.pack) + samples.len()
            > opts.max_pack_ms * SAMPLES_PER_MS
        {
            self.seal();
            if self.sealed.len() >= backend.batch_size().max(1) {
                self.send(backend, out)?;
            }
        }
        let g = gap(&self.pack);
        self.pack.samples.extend(std::iter::repeat_n(0.0, g));
        self.pack.spans.push(Span {
            pack_start_ms: (self.pack.samples.len() / SAMPLES_PER_MS) as i64,
            len_ms: (samples.len() / SAMPLES_PER_MS) as i64,
            source_start_ms,
            speaker,
        });
        self.pack.samples.extend_from_slice(samples);
        Ok(())
    }

    fn seal(&mut self) {
        if !self.pack.spans.is_empty() {
            self.sealed.push(std::mem::take(&mut self.pack));
        }
    }

    /// Sends everything, the pack being filled included (the end of the recording).
    fn flush(
        &mut self,
        backend: &mut dyn Transcriber,
        out: &mut Vec<Segment>,
    ) -> Result<(), AsrError> {
        self.seal();
        self.send(backend, out)
    }

    fn send(
        &mut self,
        backend: &mut dyn Transcriber,
        out: &mut Vec<Segment>,
    ) -> Result<(), AsrError> {
        if self.sealed.is_empty() {
            return Ok(());
        }
        let packs = std::mem::take(&mut self.sealed);
        tracing::debug!(
            packs = packs.len(),
            spans = packs.iter().map(|p| p.spans.len()).sum::<usize>(),
            ms = packs.iter().map(|p| p.samples.len()).sum::<usize>() / SAMPLES_PER_MS,
            "transcribing packs"
        );
        let answers = backend.transcribe_packs(&packs)?;
        debug_assert_eq!(answers.len(), packs.len(), "one answer per pack");
        for (pack, segs) in packs.iter().zip(answers) {
            for seg in segs {
                out.extend(
                    map_segment(&seg, &pack.spans)
                        .into_iter()
                        .filter(|s| !s.text.is_empty()),
                );
            }
        }
        Ok(())
    }
}

/// The span a pack time falls in, or the nearest one (`after` picks the next span for gap times).
fn span_at(spans: &[Span], t: i64, after: bool) -> usize {
    for (i, s) in spans.iter().enumerate() {
        if t < s.pack_start_ms {
            return if after || i == 0 { i } else { i - 1 };
        }
        if t < s.pack_start_ms + s.len_ms {
            return i;
        }
    }
    spans.len() - 1
}

fn to_source(span: &Span, t: i64) -> i64 {
    span.source_start_ms + (t - span.pack_start_ms).clamp(0, span.len_ms)
}

/// Maps a pack segment back to recording time; a segment that runs across spans is split by the
/// times of its tokens, so text is never dated into a silence that was cut out.
pub fn map_segment(seg: &PackSegment, spans: &[Span]) -> Vec<Segment> {
    // A pack always has spans; an empty list (a backend's answer to nothing) maps to nothing.
    if spans.is_empty() {
        return Vec::new();
    }
    let first = span_at(spans, seg.start_ms, true);
    let last = span_at(spans, (seg.end_ms - 1).max(seg.start_ms), false).max(first);
    if first == last || seg.tokens.is_empty() {
        // Whisper's segment times are coarse: a segment that strays into another speaker's span
        // without token times to split it by stays with the span it starts in.
        let span = &spans[first];
        let start = to_source(span, seg.start_ms);
        let end = if spans[last].speaker == span.speaker {
            to_source(&spans[last], seg.end_ms)
        } else {
            span.source_start_ms + span.len_ms
        };
        return vec![Segment {
            start_ms: start,
            end_ms: end.max(start),
            speaker: span.speaker,
            text: seg.text.trim().to_owned(),
        }];
    }
    let mut pieces: Vec<(usize, i64, i64, Vec<u8>)> = Vec::new();
    for tok in &seg.tokens {
        let mid = (tok.start_ms + tok.end_ms) / 2;
        let i = span_at(spans, mid, false).clamp(first, last);
        // Punctuation has no sound of its own: it closes the words before it. So do the bytes
        // that finish a character the previous token began (byte-level tokens split Chinese
        // characters: 级 can be [e7 ba] [a7]).
        let bare = is_punctuation(&tok.bytes)
            || pieces.last().is_some_and(|p| {
                incomplete_tail(&p.3) || tok.bytes.first().is_some_and(|b| b & 0xc0 == 0x80)
            });
        match pieces.last_mut() {
            Some(p) if p.0 == i || bare => {
                if p.0 == i {
                    p.2 = tok.end_ms;
                }
                p.3.extend(&tok.bytes);
            }
            _ => pieces.push((i, tok.start_ms, tok.end_ms, tok.bytes.clone())),
        }
    }
    pieces
        .into_iter()
        .map(|(i, s, e, bytes)| {
            let start = to_source(&spans[i], s);
            Segment {
                start_ms: start,
                end_ms: to_source(&spans[i], e).max(start),
                speaker: spans[i].speaker,
                text: String::from_utf8_lossy(&bytes).trim().to_owned(),
            }
        })
        .collect()
}

/// A token that is only punctuation: ASCII, or CJK and full-width punctuation such as 。，？
/// (not currency or other symbols, which belong with the words after them).
fn is_punctuation(bytes: &[u8]) -> bool {
    let cjk_punct = |c: char| {
        matches!(c as u32, 0x3000..=0x303f | 0xff01..=0xff0f | 0xff1a..=0xff20 | 0xff3b..=0xff40 | 0xff5b..=0xff65)
            && !c.is_alphanumeric()
    };
    match std::str::from_utf8(bytes) {
        Ok(t) => t
            .chars()
            .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || cjk_punct(c)),
        Err(_) => false,
    }
}

/// Whether `bytes` end inside a UTF-8 character (a lead byte without all its continuation bytes).
fn incomplete_tail(bytes: &[u8]) -> bool {
    let n = bytes.len();
    for back in 1..=n.min(4) {
        let b = bytes[n - back];
        if b & 0xc0 == 0x80 {
            continue; // a continuation byte: look further back for the lead byte
        }
        let len = match b {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        return len > back;
    }
    false
}

/// Transcribes one recording, block by block, with bounded memory.
pub fn transcribe_file(
    path: &Path,
    backend: &mut dyn Transcriber,
    opts: &TranscribeOptions,
) -> Result<Transcript, AsrError> {
    let mut stream = AudioStream::open(path)?;
    backend.start_recording();
    let mix = opts.mix_channels && stream.channels() > 1;
    let n_ch = if mix { 1 } else { stream.channels() };
    let n_packers = if opts.joint_packs { 1 } else { n_ch };
    let mut packers: Vec<Packer> = (0..n_packers).map(|_| Packer::default()).collect();
    let mut segments = Vec::new();
    // Audio not yet settled by the VAD, per channel, all starting at frame `carry_start`.
    let mut carry: Vec<Vec<f32>> = vec![Vec::new(); n_ch];
    let mut carry_start: usize = 0;
    // Per channel, the frame up to which speech has been handed to the packer.
    let mut emitted: Vec<usize> = vec![0; n_ch];
    let hang = opts.vad.hangover_ms / vad::FRAME_MS + opts.vad.pad_ms / vad::FRAME_MS;
    loop {
        let block = stream
            .next_block()?
            .map(|b| if mix { vec![mix_down(b)] } else { b });
        let last = block.is_none();
        if let Some(block) = block {
            for (c, b) in block.into_iter().enumerate() {
                carry[c].extend(b);
            }
        }
        let dbs: Vec<Vec<f32>> = carry.iter().map(|x| vad::frame_db(x)).collect();
        let n_frames = dbs.iter().map(Vec::len).max().unwrap_or(0);
        let mut keep_from = n_frames;
        let mut settled: Vec<Vec<Region>> = Vec::with_capacity(n_ch);
        for c in 0..n_ch {
            let other = (n_ch == 2).then(|| dbs[1 - c].as_slice());
            let mask = vad::speech_mask(&dbs[c], other, &opts.vad);
            let mut done = Vec::new();
            for r in vad::regions(&mask, &dbs[c], &opts.vad) {
                if !last && r.end + hang >= n_frames {
                    keep_from = keep_from.min(r.start); // may still grow: look again with more audio
                } else {
                    done.push(r);
                }
            }
            settled.push(done);
        }
        if !last {
            // Speech may begin in the last frames: keep them for the next look.
            keep_from = keep_from.min(n_frames.saturating_sub(hang));
        }
        // In time order, so a joint pack follows the conversation.
        let mut ready: Vec<(usize, Region)> = settled
            .into_iter()
            .enumerate()
            .flat_map(|(c, rs)| rs.into_iter().map(move |r| (c, r)))
            .collect();
        ready.sort_by_key(|(c, r)| (r.start, *c));
        {
            for (c, r) in ready {
                let start = (carry_start + r.start).max(emitted[c]);
                let end = carry_start + r.end;
                if end <= start {
                    continue;
                }
                let s = (start - carry_start) * FRAME_SAMPLES;
                let e = ((end - carry_start) * FRAME_SAMPLES).min(carry[c].len());
                if e <= s {
                    continue;
                }
                let source_ms = (start * vad::FRAME_MS) as i64;
                let speaker = speaker_of(c, n_ch, opts.agent_channel);
                let packer = &mut packers[if opts.joint_packs { 0 } else { c }];
                packer.add(
                    &carry[c][s..e],
                    source_ms,
                    speaker,
                    opts,
                    backend,
                    &mut segments,
                )?;
                emitted[c] = end;
            }
        }
        if last {
            break;
        }
        let drop = keep_from * FRAME_SAMPLES;
        for ch in &mut carry {
            ch.drain(..drop.min(ch.len()));
        }
        carry_start += keep_from;
    }
    for p in &mut packers {
        p.flush(backend, &mut segments)?;
    }
    let mut t = Transcript {
        audio: path.display().to_string(),
        duration_ms: stream.info.duration_ms,
        language: backend.language(),
        model: backend.model_id(),
        segments,
        warnings: stream.warnings(),
    };
    t.sort();
    // With detection, `language` is the last pack's; a Mandarin call whose last words were "OK"
    // would pass for English. The characters of the whole call decide instead.
    let text = t.text();
    if !text.trim().is_empty() && Language::of_text(&text) == Language::Zh {
        t.language = "zh".into();
    }
    if Language::from_code(&t.language) == Some(Language::Zh) {
        // Whisper writes some Mandarin in Traditional characters (換, 經歷); reports, masking and
        // the classifier read Simplified. Its byte-level tokens sometimes leave a character
        // (mostly full-width punctuation) incomplete: shown as a space, not as U+FFFD.
        for s in &mut t.segments {
            s.text = fast2s::convert(&s.text.replace('\u{fffd}', " "));
        }
    }
    Ok(t)
}

fn mix_down(channels: Vec<Vec<f32>>) -> Vec<f32> {
    let n = channels.len() as f32;
    let len = channels.iter().map(Vec::len).max().unwrap_or(0);
    (0..len)
        .map(|i| channels.iter().filter_map(|c| c.get(i)).sum::<f32>() / n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans() -> Vec<Span> {
        vec![
            Span {
                pack_start_ms: 0,
                len_ms: 2000,
                source_start_ms: 10_000,
                speaker: Speaker::Agent,
            },
            Span {
                pack_start_ms: 2600,
                len_ms: 1000,
                source_start_ms: 40_000,
                speaker: Speaker::Customer,
            },
        ]
    }

    fn piece(start_ms: i64, end_ms: i64, speaker: Speaker, text: &str) -> Segment {
        Segment {
            start_ms,
            end_ms,
            speaker,
            text: text.into(),
        }
    }

    fn tok(s: i64, e: i64, t: &str) -> PackToken {
        PackToken {
            start_ms: s,
            end_ms: e,
            bytes: t.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_segment_inside_one_span_keeps_its_text() {
        let seg = PackSegment {
            start_ms: 2700,
            end_ms: 3500,
            text: " hello there".into(),
            tokens: vec![],
        };
        assert_eq!(
            map_segment(&seg, &spans()),
            vec![piece(40_100, 40_900, Speaker::Customer, "hello there")]
        );
    }

    #[test]
    fn a_segment_across_spans_is_split_by_token_times() {
        let seg = PackSegment {
            start_ms: 1000,
            end_ms: 3400,
            text: " one two three".into(),
            tokens: vec![
                tok(1000, 1500, " one"),
                tok(1500, 1900, " two"),
                tok(2650, 2650, "."),
                tok(2700, 3400, " three"),
            ],
        };
        assert_eq!(
            map_segment(&seg, &spans()),
            vec![
                piece(11_000, 11_900, Speaker::Agent, "one two."),
                piece(40_100, 40_800, Speaker::Customer, "three")
            ]
        );
    }

    #[test]
    fn chinese_characters_split_into_byte_tokens_stay_whole() {
        let bytes = |s: i64, b: &[u8]| PackToken {
            start_ms: s,
            end_ms: s,
            bytes: b.to_vec(),
        };
        // 级 as [e7 ba] [a7], the second half timed in the customer's span; then 。 and 是我.
        let seg = PackSegment {
            start_ms: 1000,
            end_ms: 3400,
            text: String::new(),
            tokens: vec![
                bytes(1000, "星".as_bytes()),
                bytes(1500, &[0xe7, 0xba]),
                bytes(2650, &[0xa7]),
                bytes(2660, "。".as_bytes()),
                bytes(2700, "是我".as_bytes()),
            ],
        };
        assert_eq!(
            map_segment(&seg, &spans()),
            vec![
                piece(11_000, 11_500, Speaker::Agent, "星级。"),
                piece(40_100, 40_100, Speaker::Customer, "是我")
            ]
        );
        assert!(incomplete_tail(&[0xe7, 0xba]));
        assert!(!incomplete_tail("级".as_bytes()));
        assert!(!incomplete_tail(b"ab"));
        assert!(is_punctuation("，".as_bytes()));
        assert!(!is_punctuation("好".as_bytes()));
        assert!(!is_punctuation("£".as_bytes()));
        assert!(is_punctuation(" ,".as_bytes()));
    }

    #[test]
    fn gap_times_snap_to_the_neighbouring_span() {
        // Starts in the gap (belongs to the next span), ends past the pack (clamped to the last span).
        let seg = PackSegment {
            start_ms: 2300,
            end_ms: 9000,
            text: "x".into(),
            tokens: vec![],
        };
        assert_eq!(
            map_segment(&seg, &spans()),
            vec![piece(40_000, 41_000, Speaker::Customer, "x")]
        );
        // No token times and straying into another speaker's span: stays in the span it starts in.
        let seg = PackSegment {
            start_ms: 500,
            end_ms: 3000,
            text: "y".into(),
            tokens: vec![],
        };
        assert_eq!(
            map_segment(&seg, &spans()),
            vec![piece(10_500, 12_000, Speaker::Agent, "y")]
        );
    }

    #[test]
    fn speakers_follow_the_agent_channel() {
        assert_eq!(speaker_of(0, 1, AgentChannel::Left), Speaker::Unknown);
        assert_eq!(speaker_of(0, 2, AgentChannel::Left), Speaker::Agent);
        assert_eq!(speaker_of(1, 2, AgentChannel::Left), Speaker::Customer);
        assert_eq!(speaker_of(0, 2, AgentChannel::Right), Speaker::Customer);
    }

    /// Records what it was given, returns one segment per span: tests the driver without Whisper.
    struct Echo {
        packs: Vec<Vec<Span>>,
        /// Packs it takes at a time, and the sizes of the batches it got.
        batch: usize,
        batches: Vec<usize>,
        recordings: usize,
    }

    impl Echo {
        fn new(batch: usize) -> Self {
            Self {
                packs: vec![],
                batch,
                batches: vec![],
                recordings: 0,
            }
        }
    }

    impl Transcriber for Echo {
        fn transcribe_packs(&mut self, packs: &[Pack]) -> Result<Vec<Vec<PackSegment>>, AsrError> {
            self.batches.push(packs.len());
            packs.iter().map(|p| self.transcribe_pack(p)).collect()
        }
        fn batch_size(&self) -> usize {
            self.batch
        }
        fn start_recording(&mut self) {
            self.recordings += 1;
        }
        fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError> {
            self.packs.push(pack.spans.clone());
            Ok(pack
                .spans
                .iter()
                .map(|s| PackSegment {
                    start_ms: s.pack_start_ms,
                    end_ms: s.pack_start_ms + s.len_ms,
                    text: format!("at {}", s.source_start_ms),
                    tokens: vec![],
                })
                .collect())
        }
        fn model_id(&self) -> String {
            "echo".into()
        }
        fn language(&self) -> String {
            "en".into()
        }
    }

    fn tone(samples: &mut [f32]) {
        for (i, v) in samples.iter_mut().enumerate() {
            *v = (i as f32 * 0.2).sin() * 0.3;
        }
    }

    #[test]
    fn driver_finds_each_partys_speech_across_blocks_and_silence_gives_nothing() {
        let d = tempfile::tempdir().unwrap();
        let rate = 8000usize;
        let secs = 75; // spans three 30 s blocks
        let mut left = vec![0.0f32; rate * secs];
        let mut right = vec![0.0f32; rate * secs];
        tone(&mut left[rate * 2..rate * 5]);
        tone(&mut right[rate * 6..rate * 8]);
        tone(&mut left[rate * 29..rate * 32]); // crosses the first block boundary
        tone(&mut right[rate * 70..rate * 72]);
        let data: Vec<u8> = left
            .iter()
            .zip(&right)
            .flat_map(|(l, r)| {
                [
                    ((l * 32767.0) as i16).to_le_bytes(),
                    ((r * 32767.0) as i16).to_le_bytes(),
                ]
            })
            .flatten()
            .collect();
        let p = d.path().join("call.wav");
        std::fs::write(
            &p,
            crate::audio::wav::encode_wav(1, 2, rate as u32, 16, &data),
        )
        .unwrap();
        let mut echo = Echo::new(1);
        let t = transcribe_file(&p, &mut echo, &TranscribeOptions::default()).unwrap();
        let got: Vec<(i64, Speaker)> = t.segments.iter().map(|s| (s.start_ms, s.speaker)).collect();
        assert_eq!(
            got,
            vec![
                (1800, Speaker::Agent),
                (5800, Speaker::Customer),
                (28_800, Speaker::Agent),
                (69_800, Speaker::Customer)
            ]
        );
        // The region that crosses a block boundary is one span, not two.
        assert_eq!(t.segments[2].end_ms, 32_200);
        assert_eq!(t.duration_ms, 75_000);

        let silent = d.path().join("silent.wav");
        std::fs::write(
            &silent,
            crate::audio::wav::encode_wav(1, 1, 8000, 16, &vec![0u8; 8000 * 2 * 40]),
        )
        .unwrap();
        let mut echo = Echo::new(1);
        let t = transcribe_file(&silent, &mut echo, &TranscribeOptions::default()).unwrap();
        assert!(t.segments.is_empty());
        assert!(echo.packs.is_empty(), "silence must never reach the model");
    }

    /// Packs sent in batches come back paired with their own spans: the same transcript as one
    /// pack at a time, every pack sent once, no batch over the backend's size.
    #[test]
    fn batched_packs_give_the_same_transcript() {
        let d = tempfile::tempdir().unwrap();
        let rate = 8000usize;
        let mut mono = vec![0.0f32; rate * 40];
        for k in 0..9 {
            let at = rate * (1 + 4 * k);
            tone(&mut mono[at..at + rate * 2]);
        }
        let data: Vec<u8> = mono
            .iter()
            .flat_map(|v| ((v * 32767.0) as i16).to_le_bytes())
            .collect();
        let p = d.path().join("call.wav");
        std::fs::write(
            &p,
            crate::audio::wav::encode_wav(1, 1, rate as u32, 16, &data),
        )
        .unwrap();
        // Small packs: about two regions each, so the call makes several packs.
        let opts = TranscribeOptions {
            max_pack_ms: 5_000,
            ..TranscribeOptions::default()
        };
        let mut one = Echo::new(1);
        let mut three = Echo::new(3);
        let a = transcribe_file(&p, &mut one, &opts).unwrap();
        let b = transcribe_file(&p, &mut three, &opts).unwrap();
        assert_eq!(a.segments.len(), 9);
        assert_eq!(a.segments, b.segments);
        assert_eq!(one.packs, three.packs);
        assert!(one.packs.len() >= 4, "{} packs", one.packs.len());
        assert!(
            three.batches.iter().all(|&n| (1..=3).contains(&n)),
            "{:?}",
            three.batches
        );
        assert_eq!(three.batches.iter().sum::<usize>(), three.packs.len());
        assert!(three.batches.len() < one.batches.len());
        assert_eq!((one.recordings, three.recordings), (1, 1));
    }

    #[test]
    fn a_segment_without_spans_maps_to_nothing() {
        let seg = PackSegment {
            start_ms: 0,
            end_ms: 10,
            text: "x".into(),
            tokens: vec![],
        };
        assert!(map_segment(&seg, &[]).is_empty());
    }
}
