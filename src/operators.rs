//! The mobile operators' public service numbers: one list, read by the `unofficial_caller` rule
//! (a call from one of them is official) and by masking (they are evidence, not personal data:
//! "10086 will text you" must stay readable).

/// China Mobile (10086, 10085), China Unicom (10010), China Telecom (10000, 10001).
pub const OFFICIAL_NUMBERS: &[&str] = &["10086", "10085", "10010", "10000", "10001"];

/// Whether a run of digits is one of the official numbers.
pub fn is_official(digits: &str) -> bool {
    OFFICIAL_NUMBERS.contains(&digits)
}
