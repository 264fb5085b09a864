//! Text normalization shared by scoring and classification.
//!
//! ASR output ("15 GB, right?") and the labeled corpus ("fifteen gb right") must look the same to
//! the classifier and to word-error-rate scoring: lowercase, no punctuation, numbers as words.
//! Chinese goes the other way, because Whisper writes Mandarin numbers mostly as digits ("10086",
//! "15G") while people and writers use number words ("幺零零八六", "十五G"): text with Chinese
//! characters gets its number words as digits (`zh_numbers`), and its digits stay digits.

use crate::language::is_cjk;

/// Lowercased words with punctuation removed and digits spelled out (English), or with Chinese
/// number words as digits (text with Chinese characters).
pub fn normalize(text: &str) -> Vec<String> {
    // Mostly Chinese: a Chinese name in an English sentence keeps English rules (won't, 15).
    if text.chars().any(is_cjk)
        && crate::language::Language::of_text(text) == crate::language::Language::Zh
    {
        return normalize_zh(text);
    }
    let mut cleaned = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = |i: usize| {
            i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_ascii_digit()
                && chars[i + 1].is_ascii_digit()
        };
        if c == ',' && between_digits(i) {
            continue; // thousands separator
        }
        if c.is_alphanumeric() || c == '\'' {
            cleaned.extend(c.to_lowercase());
        } else {
            cleaned.push(' ');
        }
    }
    let mut words = Vec::new();
    for w in cleaned.split_whitespace() {
        let w = w.trim_matches('\'');
        if w.is_empty() {
            continue;
        }
        match w.parse::<u64>() {
            Ok(n) if n < 1_000_000_000 => words.extend(number_words(n)),
            _ => words.push(w.to_owned()),
        }
    }
    words
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn number_words(n: u64) -> Vec<String> {
    let mut out = Vec::new();
    if n == 0 {
        out.push("zero".to_owned());
        return out;
    }
    let push_below_1000 = |n: u64, out: &mut Vec<String>| {
        if n >= 100 {
            out.push(ONES[(n / 100) as usize].to_owned());
            out.push("hundred".to_owned());
        }
        let r = n % 100;
        if r >= 20 {
            out.push(TENS[(r / 10) as usize].to_owned());
            if !r.is_multiple_of(10) {
                out.push(ONES[(r % 10) as usize].to_owned());
            }
        } else if r > 0 {
            out.push(ONES[r as usize].to_owned());
        }
    };
    for (scale, name) in [(1_000_000, "million"), (1_000, "thousand")] {
        if !(n / scale).is_multiple_of(1000) {
            push_below_1000(n / scale % 1000, &mut out);
            out.push(name.to_owned());
        }
    }
    push_below_1000(n % 1000, &mut out);
    out
}

/// Chinese text: full-width letters and digits as ASCII, number words as digits, punctuation as
/// word breaks, Latin letters lowercased.
fn normalize_zh(text: &str) -> Vec<String> {
    let text: String = fast2s::convert(&text.chars().map(half_width).collect::<String>());
    let text = zh_numbers(&text);
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            cleaned.extend(c.to_lowercase());
        } else {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().map(str::to_owned).collect()
}

/// A full-width ASCII form (`１５Ｇ`) as its ASCII character.
fn half_width(c: char) -> char {
    match c as u32 {
        0xff01..=0xff5e => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// The digit a Chinese number character stands for.
pub fn zh_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '幺' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn zh_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// Chinese number words as digits, where they are numbers and not words:
/// - digit strings read out one by one, four or more long: 幺零零八六 -> 10086, 一二三四五六 -> 123456;
/// - numbers with units: 十五 -> 15, 三十 -> 30, 一百零五 -> 105, 一万五 -> 15000;
/// - a lone number word before a Latin letter or a unit, currency, date or counter word
///   (`QUANTITY_NEXT`): 五G -> 5G, 两块 -> 2块, 十元 -> 10元.
///
/// Left alone: 一下, 一个, 十分 (very), 千万 (by all means), 万一 (in case), 统一, 三四个, and the
/// fixed expressions in `NOT_NUMBERS`.
pub fn zh_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if zh_digit(c).is_none() && zh_unit(c).is_none() {
            out.push(c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (zh_digit(chars[j]).is_some() || zh_unit(chars[j]).is_some()) {
            j += 1;
        }
        let run = &chars[i..j];
        let next = chars.get(j).copied();
        match convert_run(run, next) {
            Some(digits) => out.push_str(&digits),
            None => out.extend(run),
        }
        i = j;
    }
    out
}

/// Units and words a lone number word stands before when it is a quantity (五G, 十块, 两个月).
const QUANTITY_NEXT: &str = "元块毛角月年天号位个";

/// Fixed expressions made of number words that are not numbers (十万火急 "extremely urgent",
/// 二百五 "idiot", 三三两两 "in twos and threes"): the run, and what must follow it (or `None`
/// for nothing more of a number).
const NOT_NUMBERS: [(&str, Option<char>); 3] =
    [("十万", Some('火')), ("二百五", None), ("三三两两", None)];

fn convert_run(run: &[char], next: Option<char>) -> Option<String> {
    let text: String = run.iter().collect();
    let idiom = NOT_NUMBERS
        .iter()
        .any(|(r, n)| *r == text && n.is_none_or(|c| next == Some(c)));
    if idiom {
        return None;
    }
    let has_unit = run.iter().any(|&c| zh_unit(c).is_some());
    let n_digits = run.iter().filter(|&&c| zh_digit(c).is_some()).count();
    let before_quantity =
        next.is_some_and(|n| n.is_ascii_alphabetic() || QUANTITY_NEXT.contains(n));
    if !has_unit {
        // Codes and numbers read digit by digit are four digits or more and say 二 or 幺, not 两.
        let digit_string = n_digits >= 4 && !run.contains(&'两');
        let lone_before_unit = run.len() == 1
            && before_quantity
            && (run[0] != '一' || next.is_some_and(|n| n.is_ascii_alphabetic()));
        if digit_string || lone_before_unit {
            return Some(
                run.iter()
                    .filter_map(|&c| zh_digit(c))
                    .map(|d| char::from(b'0' + d as u8))
                    .collect(),
            );
        }
        return None;
    }
    // A unit word alone is a number only as 十 before a quantity (十块, 十G); 百, 千, 万 and 十分,
    // 千万, 万一 are words.
    let lone_ten = run == ['十'] && before_quantity;
    if n_digits == 0 && !(run[0] == '十' && run.len() > 1) && !lone_ten {
        return None;
    }
    parse_zh_number(run).map(|n| n.to_string())
}

/// The value of a Chinese number with units (一百二十, 三千五, 十五), or None when the run is not
/// one number (two digits in a row, a unit first other than 十, units out of order).
fn parse_zh_number(run: &[char]) -> Option<u64> {
    let (mut total, mut section, mut digit): (u64, u64, Option<u64>) = (0, 0, None);
    let mut last_unit = u64::MAX; // the last unit below 万 in this section
    let mut prev_unit = 0;
    for (k, &c) in run.iter().enumerate() {
        if let Some(d) = zh_digit(c) {
            // 零 after a unit only marks a skipped place (一百零五 = 105).
            if d == 0 && prev_unit > 0 && digit.is_none() && c == '零' {
                continue;
            }
            if digit.is_some() {
                return None;
            }
            digit = Some(d);
        } else if let Some(u) = zh_unit(c) {
            if u >= 10_000 {
                let value = section + digit.take().unwrap_or(0);
                if value == 0 {
                    return None;
                }
                total = total.checked_add(value.checked_mul(u)?)?;
                section = 0;
                last_unit = u64::MAX;
            } else {
                if u >= last_unit {
                    return None;
                }
                let d = match digit.take() {
                    Some(d) => d,
                    None if u == 10 && k == 0 => 1,
                    None => return None,
                };
                section += d * u;
                last_unit = u;
            }
            prev_unit = u;
        }
    }
    if let Some(d) = digit {
        // 三千五 = 3500, 一万五 = 15000: a last digit right after a unit counts in the next unit down.
        let scale = if prev_unit >= 100 && run.len() >= 3 && zh_unit(run[run.len() - 2]).is_some() {
            prev_unit / 10
        } else {
            1
        };
        section += d * scale;
    }
    Some(total + section)
}

/// Length in words, a Chinese character counting two thirds of one (a Mandarin word is about 1.5
/// characters), so that length thresholds mean the same in both languages.
pub fn word_count(text: &str) -> usize {
    let cjk = text.chars().filter(|&c| is_cjk(c)).count();
    let other = text
        .split(|c: char| c.is_whitespace() || is_cjk(c))
        .filter(|w| !w.is_empty())
        .count();
    other + cjk * 2 / 3
}

/// The normalized words joined by spaces.
pub fn normalize_text(text: &str) -> String {
    normalize(text).join(" ")
}

/// The sentences of a turn: split after `.`, `!`, `?` (and their full-width forms) and kept
/// whole where a recognizer wrote no punctuation.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
            && chars
                .peek()
                .is_none_or(|(_, n)| n.is_whitespace() || !n.is_ascii());
        if ends {
            let end = i + c.len_utf8();
            let s = text[start..end].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_punctuation_hyphens_and_numbers() {
        assert_eq!(
            normalize("Six-digit code, PLEASE!"),
            ["six", "digit", "code", "please"]
        );
        assert_eq!(normalize("15 GB"), ["fifteen", "gb"]);
        assert_eq!(normalize("10,000 86"), ["ten", "thousand", "eighty", "six"]);
        assert_eq!(normalize("10086"), ["ten", "thousand", "eighty", "six"]);
        assert_eq!(
            normalize("1,499"),
            ["one", "thousand", "four", "hundred", "ninety", "nine"]
        );
        assert_eq!(normalize("don't 'quote'"), ["don't", "quote"]);
        assert_eq!(normalize("2000000"), ["two", "million"]);
    }

    #[test]
    fn chinese_number_words_become_digits_where_they_are_numbers() {
        for (text, want) in [
            ("请拨打幺零零八六", "请拨打10086"),
            ("验证码一二三四五六", "验证码123456"),
            ("每月十五G流量", "每月15G流量"),
            ("三十元一个月", "30元一个月"),
            ("一百二十块", "120块"),
            ("三千五", "3500"),
            ("一万五千", "15000"),
            ("一万五", "15000"),
            ("两百", "200"),
            ("五G网络", "5G网络"),
            ("两块钱", "2块钱"),
            ("您稍等一下", "您稍等一下"),
            ("十分抱歉", "十分抱歉"),
            ("千万不要", "千万不要"),
            ("万一扣费", "万一扣费"),
            ("一个月", "一个月"),
            ("三四个", "三四个"),
            ("统一", "统一"),
            ("一百零五元", "105元"),
            ("两千零二十四年", "2024年"),
            ("一千零八十六", "1086"),
            ("一万零五百", "10500"),
            ("十块钱", "10块钱"),
            ("送您十G流量", "送您10G流量"),
            ("十万火急", "十万火急"),
            ("十万块", "100000块"),
            ("你真是个二百五", "你真是个二百五"),
            ("二百五十元", "250元"),
            ("三三两两", "三三两两"),
            ("五六七个", "五六七个"),
            ("零零", "零零"),
        ] {
            assert_eq!(zh_numbers(text), want, "{text}");
        }
    }

    #[test]
    fn words_are_counted_alike_in_both_languages() {
        assert_eq!(word_count("we add fifteen g"), 4);
        assert_eq!(word_count("给您加十五G流量"), 1 + 6 * 2 / 3);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn chinese_text_keeps_digits_and_drops_punctuation() {
        assert_eq!(
            normalize("您好，我是１００８６客服。给您加十五G流量！"),
            ["您好", "我是10086客服", "给您加15g流量"]
        );
        assert_eq!(normalize("10086 客服"), ["10086", "客服"]);
        assert_eq!(
            normalize("Mr 王 won't pay 15 yuan"),
            ["mr", "王", "won't", "pay", "fifteen", "yuan"]
        );
        assert_eq!(normalize("您的流量經歷"), ["您的流量经历"]);
    }

    #[test]
    fn sentences_split_at_end_marks_and_keep_unpunctuated_text_whole() {
        assert_eq!(
            sentences("Hello there. Your code is 4.5? Read it!  ok"),
            ["Hello there.", "Your code is 4.5?", "Read it!", "ok"]
        );
        assert_eq!(
            sentences("no punctuation at all here"),
            ["no punctuation at all here"]
        );
        assert_eq!(
            sentences("您好。请念一下验证码！"),
            ["您好。", "请念一下验证码！"]
        );
        assert!(sentences("  ").is_empty());
    }
}
