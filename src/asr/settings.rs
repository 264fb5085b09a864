//! Which recognizer to load and how: the policy that turns a user's choices (a built-in model or
//! their own ggml file, a language or none) into a loaded Whisper backend. Kept here rather than
//! in the CLI so that every front end (check, batch, eval, transcribe) gets the same defaults.

use std::path::PathBuf;

use super::whisper::{Device, DtwPreset, MandarinDecoding, WhisperBackend, WhisperOptions};
use super::{AsrError, Transcriber};
use crate::models::verify::{check_ggml, check_sha256, VerifyError};
use crate::models::{AsrModel, ConvertedModel, ModelError, ModelStore, WeightType};

/// Whisper's initial prompt for Mandarin calls (see `AsrSettings::prompt`).
pub const ZH_PROMPT: &str =
    "以下是普通话的电话录音。您好,这里是中国移动10086客服,您是我们的星级用户,\
每月赠送15G流量,套餐资费不变,视频会员,验证码,退订,办理,扣费。";

/// Which engine runs Whisper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    /// whisper.cpp through whisper-rs: always built, GPU with the `cuda` feature.
    #[default]
    WhisperCpp,
    /// CTranslate2 through ct2rs (the `ct2` feature): the CTranslate2 folders as fetched.
    Ct2,
}

/// A built-in model from the store, or a ggml file of the user's own.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelChoice {
    Builtin {
        model: AsrModel,
        weights: WeightType,
    },
    /// whisper.cpp: a ggml file; CTranslate2: a model folder.
    File(PathBuf),
}

/// Everything needed to load a recognizer.
#[derive(Debug, Clone)]
pub struct AsrSettings {
    pub engine: Engine,
    pub model: ModelChoice,
    /// A language code, `auto`, or `None` for the model's default.
    pub language: Option<String>,
    pub threads: usize,
    pub beam_size: usize,
    pub device: Device,
    pub flash_attn: bool,
    /// Leave DTW token times off (measuring).
    pub no_dtw: bool,
    /// Leave the temperature fallback off (measuring).
    pub no_fallback: bool,
    /// Packs of a recording decoded together by an engine that batches (CTranslate2).
    pub batch_packs: usize,
    /// Beam for recordings heard as Mandarin under `auto` (what `--language zh` would use).
    pub mandarin_beam_size: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("reading the Whisper model file {path}")]
    UserModel {
        path: PathBuf,
        #[source]
        source: ModelError,
    },
    #[error("getting Whisper {name}")]
    Builtin {
        name: &'static str,
        #[source]
        source: ModelError,
    },
    #[error("the CUDA device needs a build with `--features cuda`")]
    NoCuda,
    #[error("--engine ct2 needs a build with `--features ct2` (see scripts/setup-ct2.sh)")]
    NoCt2,
    #[error("--engine ct2 runs on the CPU here (CUDA is whisper.cpp's)")]
    Ct2Device,
    #[error(transparent)]
    Verify(#[from] VerifyError),
    #[error(transparent)]
    Asr(#[from] AsrError),
}

impl AsrSettings {
    /// The language Whisper is told: the user's, else `en` for an English-only built-in model and
    /// `auto` (detect per pack) for a multilingual one or a user's file.
    pub fn language(&self) -> String {
        self.language.clone().unwrap_or_else(|| match &self.model {
            ModelChoice::Builtin { model, .. } if !model.source().multilingual => "en".into(),
            _ => "auto".into(),
        })
    }

    /// The initial prompt: for Mandarin, a sentence in Simplified characters naming the words of
    /// operator sales calls. Whisper base misspells exactly those keywords without it (星级 as
    /// 新极, 赠送 as 赵宋, 10086 as 1086) and slips into Traditional characters; the prompt cut the
    /// character error rate from 18% to 15.5% on synthetic sales calls (`shared/spec/mandarin-models.md`).
    /// Only for a fixed language: a Chinese prompt would sway detection. Its commas are ASCII on
    /// purpose: with full-width ones (three bytes, two or three byte-level tokens) Whisper base
    /// copied the style and then broke the characters, writing Ｇ or U+FFFD where a comma belongs
    /// (measured on data/sample/call-zh.wav).
    pub fn prompt(&self) -> Option<&'static str> {
        (self.language() == "zh").then_some(ZH_PROMPT)
    }

    /// Under `auto` with a multilingual model, a recording heard as Mandarin is decoded with the
    /// Mandarin prompt and beam (`WhisperOptions::mandarin`), so `auto` keeps `zh`'s quality.
    pub fn mandarin(&self) -> Option<MandarinDecoding> {
        let multilingual = match &self.model {
            ModelChoice::Builtin { model, .. } => model.source().multilingual,
            ModelChoice::File(_) => true,
        };
        (self.language() == "auto" && multilingual).then(|| MandarinDecoding {
            prompt: ZH_PROMPT.to_owned(),
            beam_size: self.mandarin_beam_size,
        })
    }

    /// DTW alignment heads exist for the built-in models only; a user's file gets Whisper's own
    /// (rougher) token times.
    pub fn dtw(&self) -> Option<DtwPreset> {
        match &self.model {
            _ if self.no_dtw => None,
            ModelChoice::File(_) => None,
            ModelChoice::Builtin { model, .. } => Some(match model {
                AsrModel::TinyEn => DtwPreset::TinyEn,
                AsrModel::Base => DtwPreset::Base,
            }),
        }
    }

    /// Finds (fetching unless `offline`) and loads the model on the chosen engine.
    pub fn load(
        &self,
        store: &ModelStore,
        offline: bool,
    ) -> Result<Box<dyn Transcriber + Send>, SettingsError> {
        match self.engine {
            Engine::WhisperCpp => Ok(Box::new(self.load_whisper_cpp(store, offline)?)),
            Engine::Ct2 => self.load_ct2(store, offline),
        }
    }

    #[cfg(not(feature = "ct2"))]
    fn load_ct2(
        &self,
        _store: &ModelStore,
        _offline: bool,
    ) -> Result<Box<dyn Transcriber + Send>, SettingsError> {
        Err(SettingsError::NoCt2)
    }

    /// CTranslate2 loads the fetched folder as it is; a user's own folder is named after it.
    #[cfg(feature = "ct2")]
    fn load_ct2(
        &self,
        store: &ModelStore,
        offline: bool,
    ) -> Result<Box<dyn Transcriber + Send>, SettingsError> {
        use super::ct2::{Ct2Backend, Ct2Compute, Ct2Options};
        if self.device == Device::Cuda {
            return Err(SettingsError::Ct2Device);
        }
        let (dir, id) = match &self.model {
            ModelChoice::File(p) => {
                let name = p
                    .file_name()
                    .map_or_else(|| "whisper".into(), |n| n.to_string_lossy().into_owned());
                (p.clone(), format!("{name} (CTranslate2 folder)"))
            }
            ModelChoice::Builtin { model, .. } => {
                let m = store
                    .ensure_ct2(model.source(), offline)
                    .map_err(|source| SettingsError::Builtin {
                        name: model.source().name,
                        source,
                    })?;
                let fix = format!(
                    "run `callaudit models fetch --force --asr {}` to unpack it again",
                    model.source().name
                );
                check_sha256(&m.path.join("model.bin"), &m.sha256, &fix)?;
                (m.path.clone(), m.id())
            }
        };
        let language = self.language();
        if language != "auto" && whisper_rs::get_lang_id(&language).is_none() {
            return Err(AsrError::Language(language).into());
        }
        let opts = Ct2Options {
            language,
            threads: self.threads,
            beam_size: self.beam_size,
            compute: Ct2Compute::for_this_cpu(),
            align: !self.no_dtw,
            initial_prompt: self.prompt().map(str::to_owned),
            batch: self.batch_packs,
            temperature_fallback: !self.no_fallback,
            mandarin: self.mandarin(),
        };
        Ok(Box::new(Ct2Backend::load(&dir, id, opts)?))
    }

    fn load_whisper_cpp(
        &self,
        store: &ModelStore,
        offline: bool,
    ) -> Result<WhisperBackend, SettingsError> {
        let model = match &self.model {
            ModelChoice::File(p) => {
                ConvertedModel::from_user_file(p).map_err(|source| SettingsError::UserModel {
                    path: p.clone(),
                    source,
                })?
            }
            ModelChoice::Builtin { model, weights } => store
                .ensure_whisper(model.source(), *weights, offline)
                .map_err(|source| SettingsError::Builtin {
                    name: model.source().name,
                    source,
                })?,
        };
        // whisper.cpp aborts or crashes on a damaged file: check it first, and name the file.
        if let ModelChoice::Builtin { model: m, .. } = &self.model {
            let fix = format!(
                "run `callaudit models fetch --force --asr {}` to convert it again",
                m.source().name
            );
            check_sha256(&model.path, &model.sha256, &fix)?;
        }
        check_ggml(&model.path)?;
        if self.device == Device::Cuda && !cfg!(feature = "cuda") {
            return Err(SettingsError::NoCuda);
        }
        let opts = WhisperOptions {
            language: self.language(),
            threads: self.threads,
            beam_size: self.beam_size,
            device: self.device,
            flash_attn: self.flash_attn.then_some(true),
            temperature_fallback: !self.no_fallback,
            dtw: self.dtw(),
            initial_prompt: self.prompt().map(str::to_owned),
            mandarin: self.mandarin(),
        };
        Ok(WhisperBackend::load(&model.path, model.id(), opts)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(model: ModelChoice, language: Option<&str>) -> AsrSettings {
        AsrSettings {
            engine: Engine::WhisperCpp,
            model,
            language: language.map(str::to_owned),
            threads: 1,
            beam_size: 1,
            device: Device::Auto,
            flash_attn: false,
            no_dtw: false,
            no_fallback: false,
            batch_packs: 4,
            mandarin_beam_size: 5,
        }
    }

    #[test]
    fn language_and_dtw_follow_the_model() {
        let tiny = ModelChoice::Builtin {
            model: AsrModel::TinyEn,
            weights: WeightType::Q8_0,
        };
        let base = ModelChoice::Builtin {
            model: AsrModel::Base,
            weights: WeightType::Q8_0,
        };
        let file = ModelChoice::File("my-model.bin".into());
        assert_eq!(settings(tiny.clone(), None).language(), "en");
        assert_eq!(settings(base.clone(), None).language(), "auto");
        assert_eq!(settings(file.clone(), None).language(), "auto");
        assert_eq!(settings(base.clone(), Some("zh")).language(), "zh");
        assert_eq!(settings(tiny, None).dtw(), Some(DtwPreset::TinyEn));
        assert_eq!(settings(base.clone(), None).dtw(), Some(DtwPreset::Base));
        assert_eq!(settings(file, None).dtw(), None);
        assert_eq!(settings(base.clone(), Some("zh")).prompt(), Some(ZH_PROMPT));
        assert_eq!(settings(base.clone(), Some("auto")).prompt(), None);
        // Under auto the Mandarin settings wait for Mandarin to be heard; never for tiny.en or a
        // fixed language.
        let zh_later = settings(base.clone(), Some("auto")).mandarin().unwrap();
        assert_eq!(
            (zh_later.prompt.as_str(), zh_later.beam_size),
            (ZH_PROMPT, 5)
        );
        assert_eq!(settings(base.clone(), Some("zh")).mandarin(), None);
        assert_eq!(settings(base.clone(), Some("en")).mandarin(), None);
        let mut s = settings(base, None);
        s.no_dtw = true;
        assert_eq!(s.dtw(), None);
    }
}
