//! The command line's names for the library's choices. clap stays in the binary: each enum here
//! is parsed from the command line and converted into the library's own type.

use callaudit::asr::{whisper, AgentChannel};
use callaudit::models::{AsrModel, WeightType};
use callaudit::report::TranscriptFormat;

/// Which built-in Whisper model to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AsrModelArg {
    /// Whisper tiny.en: English, fastest.
    #[default]
    #[value(name = "tiny.en")]
    TinyEn,
    /// Whisper base: multilingual (Mandarin and others).
    Base,
}

impl From<AsrModelArg> for AsrModel {
    fn from(a: AsrModelArg) -> Self {
        match a {
            AsrModelArg::TinyEn => Self::TinyEn,
            AsrModelArg::Base => Self::Base,
        }
    }
}

/// Storage type of the big 2-D weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WeightTypeArg {
    F16,
    #[value(name = "q8_0")]
    Q8_0,
}

impl From<WeightTypeArg> for WeightType {
    fn from(a: WeightTypeArg) -> Self {
        match a {
            WeightTypeArg::F16 => Self::F16,
            WeightTypeArg::Q8_0 => Self::Q8_0,
        }
    }
}

/// Which channel of a stereo call carries the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AgentChannelArg {
    #[default]
    Left,
    Right,
}

impl From<AgentChannelArg> for AgentChannel {
    fn from(a: AgentChannelArg) -> Self {
        match a {
            AgentChannelArg::Left => Self::Left,
            AgentChannelArg::Right => Self::Right,
        }
    }
}

/// Where to run whisper.cpp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DeviceArg {
    /// CUDA when built with the `cuda` feature, else CPU.
    #[default]
    Auto,
    Cpu,
    Cuda,
}

impl From<DeviceArg> for whisper::Device {
    fn from(a: DeviceArg) -> Self {
        match a {
            DeviceArg::Auto => Self::Auto,
            DeviceArg::Cpu => Self::Cpu,
            DeviceArg::Cuda => Self::Cuda,
        }
    }
}

/// Which engine runs Whisper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum EngineArg {
    /// whisper.cpp (always built; CUDA with the `cuda` feature).
    #[default]
    #[value(name = "whisper.cpp")]
    WhisperCpp,
    /// CTranslate2, faster-whisper's engine (a build with `--features ct2`).
    Ct2,
}

impl From<EngineArg> for callaudit::asr::settings::Engine {
    fn from(a: EngineArg) -> Self {
        match a {
            EngineArg::WhisperCpp => Self::WhisperCpp,
            EngineArg::Ct2 => Self::Ct2,
        }
    }
}

/// Output formats of `transcribe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum TranscriptFormatArg {
    /// `[00:12.400 -> 00:15.900] agent: ...`
    #[default]
    Text,
    /// One JSON document per recording (the schema other tools read).
    Json,
    /// One segment per line, each carrying the audio path.
    Jsonl,
    /// SubRip subtitles.
    Srt,
    /// WebVTT subtitles.
    Vtt,
}

impl From<TranscriptFormatArg> for TranscriptFormat {
    fn from(a: TranscriptFormatArg) -> Self {
        match a {
            TranscriptFormatArg::Text => Self::Text,
            TranscriptFormatArg::Json => Self::Json,
            TranscriptFormatArg::Jsonl => Self::Jsonl,
            TranscriptFormatArg::Srt => Self::Srt,
            TranscriptFormatArg::Vtt => Self::Vtt,
        }
    }
}

/// A language callaudit judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LanguageArg {
    /// English.
    En,
    /// Mandarin Chinese.
    Zh,
}

impl From<LanguageArg> for callaudit::language::Language {
    fn from(a: LanguageArg) -> Self {
        match a {
            LanguageArg::En => Self::En,
            LanguageArg::Zh => Self::Zh,
        }
    }
}

/// `--language` of the commands that judge calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LanguageOpt {
    /// English: Whisper tiny.en and the English classifier.
    En,
    /// Mandarin: Whisper base told the language, with a telephone-sales prompt and Simplified
    /// output, and the Mandarin classifier.
    Zh,
    /// Per call: Whisper base detects the language; each call goes to its language's classifier.
    /// Detected Mandarin is decoded without the Mandarin prompt and greedily (English's settings):
    /// when the calls are known to be Mandarin, `zh` recognizes them better.
    Auto,
}

impl LanguageOpt {
    /// The one language every call is in, if fixed.
    pub fn fixed(self) -> Option<callaudit::language::Language> {
        match self {
            Self::En => Some(callaudit::language::Language::En),
            Self::Zh => Some(callaudit::language::Language::Zh),
            Self::Auto => None,
        }
    }
}
