//! The language of a call. It selects the model set (recognizer and classifier) and the text
//! rules that depend on the script (number words, Simplified characters, error rates by character).
//! English and Mandarin are what callaudit is trained for; `auto` decides per call.

use crate::models::{AsrModel, EncoderSource, E5_SMALL};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    #[default]
    En,
    Zh,
}

/// What the user asked for: one language for every call, or detection per call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    Fixed(Language),
    /// Whisper's multilingual model detects the spoken language; a transcript's language is read
    /// from its characters (`Language::of_text`).
    #[default]
    Auto,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Zh];

    /// The ISO 639-1 code Whisper and the corpus format use.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh",
        }
    }

    /// A corpus line's `lang` or a recognizer's detected language: `en`, `zh` and their regional
    /// forms (`en-US`, `zh-CN`, `cmn`, `zh-Hans`); anything else is not a language we judge.
    pub fn from_code(code: &str) -> Option<Self> {
        let c = code.trim().to_ascii_lowercase();
        let base = c.split(['-', '_']).next().unwrap_or("");
        match base {
            "en" | "eng" => Some(Self::En),
            "zh" | "cmn" | "zho" | "chi" => Some(Self::Zh),
            _ => None,
        }
    }

    /// The built-in recognizer: tiny.en for English (fastest), base (multilingual) for Mandarin.
    pub fn asr_model(self) -> AsrModel {
        match self {
            Self::En => AsrModel::TinyEn,
            Self::Zh => AsrModel::Base,
        }
    }

    /// The classifier's base encoder.
    pub fn encoder(self) -> &'static EncoderSource {
        match self {
            // One multilingual encoder for both: it beat all-MiniLM-L6-v2 on the English dev
            // writers, and a mixed-language batch loads one base.
            Self::En | Self::Zh => &E5_SMALL,
        }
    }

    /// The language a text is written in: Mandarin when at least a fifth of its letters are CJK
    /// ideographs (a Chinese transcript keeps "5G", "APP" and numbers in Latin script), else English.
    pub fn of_text(text: &str) -> Self {
        let (mut cjk, mut letters) = (0usize, 0usize);
        for ch in text.chars() {
            if is_cjk(ch) {
                cjk += 1;
                letters += 1;
            } else if ch.is_alphabetic() {
                letters += 1;
            }
        }
        if cjk > 0 && cjk * 5 >= letters {
            Self::Zh
        } else {
            Self::En
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A CJK unified ideograph (the basic block and extension A).
pub fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x4e00..=0x9fff | 0x3400..=0x4dbf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_regional_forms() {
        assert_eq!(Language::from_code("zh-CN"), Some(Language::Zh));
        assert_eq!(Language::from_code("cmn"), Some(Language::Zh));
        assert_eq!(Language::from_code("EN_us"), Some(Language::En));
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(Language::from_code(""), None);
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn text_language_from_its_characters() {
        assert_eq!(
            Language::of_text("您好，我是10086客服，给您加15G流量"),
            Language::Zh
        );
        assert_eq!(
            Language::of_text("we add 15G a month, tariff unchanged"),
            Language::En
        );
        assert_eq!(Language::of_text("OK 好的"), Language::Zh);
        assert_eq!(Language::of_text(""), Language::En);
        assert_eq!(Language::of_text("12345"), Language::En);
    }
}
