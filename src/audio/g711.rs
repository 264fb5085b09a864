//! G.711 mu-law and A-law expansion.
//!
//! Telephone recordings are commonly stored as 8-bit G.711 at 8 kHz; these are the ITU-T tables
//! (as in Sun's reference g711.c), expanded to 16-bit linear PCM.

/// Expands one mu-law byte to a 16-bit linear sample.
pub fn ulaw_to_linear(byte: u8) -> i16 {
    const BIAS: i32 = 0x84;
    let u = !byte as i32;
    let mut t = ((u & 0x0F) << 3) + BIAS;
    t <<= (u & 0x70) >> 4;
    (if u & 0x80 != 0 { BIAS - t } else { t - BIAS }) as i16
}

/// Compresses a 16-bit linear sample to a mu-law byte (the inverse of `ulaw_to_linear`, up to
/// the quantization step); for making test recordings.
pub fn linear_to_ulaw(sample: i16) -> u8 {
    const BIAS: i32 = 0x84;
    let v = i32::from(sample);
    let sign: u8 = if v < 0 { 0x7F } else { 0xFF };
    let mag = (v.abs() + BIAS).min(0x7FFF);
    let exp = (31 - mag.leading_zeros()).saturating_sub(7).min(7);
    let mant = (mag >> (exp + 3)) & 0x0F;
    sign & !((exp << 4) as u8 | mant as u8)
}

/// Expands one A-law byte to a 16-bit linear sample.
pub fn alaw_to_linear(byte: u8) -> i16 {
    let a = (byte ^ 0x55) as i32;
    let mut t = (a & 0x0F) << 4;
    let seg = (a & 0x70) >> 4;
    match seg {
        0 => t += 8,
        1 => t += 0x108,
        _ => {
            t += 0x108;
            t <<= seg - 1;
        }
    }
    (if a & 0x80 != 0 { t } else { -t }) as i16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulaw_compression_round_trips_within_a_step() {
        for v in (-32_000i16..32_000).step_by(97) {
            let back = i32::from(ulaw_to_linear(linear_to_ulaw(v)));
            // The step grows with the magnitude: 1/16 of the segment.
            let step = (i32::from(v).abs() / 16).max(8);
            assert!((back - i32::from(v)).abs() <= step, "{v} -> {back}");
        }
        assert_eq!(linear_to_ulaw(0), 0xFF);
    }

    #[test]
    fn ulaw_known_values() {
        // ITU-T G.711 table values (16-bit linear).
        assert_eq!(ulaw_to_linear(0x00), -32124);
        assert_eq!(ulaw_to_linear(0x80), 32124);
        assert_eq!(ulaw_to_linear(0xFF), 0);
        assert_eq!(ulaw_to_linear(0x7F), 0);
        assert_eq!(ulaw_to_linear(0xF0), 120);
        assert_eq!(ulaw_to_linear(0x70), -120);
        assert_eq!(ulaw_to_linear(0xFE), 8);
    }

    #[test]
    fn alaw_known_values() {
        assert_eq!(alaw_to_linear(0xD5), 8);
        assert_eq!(alaw_to_linear(0x55), -8);
        assert_eq!(alaw_to_linear(0xAA), 32256);
        assert_eq!(alaw_to_linear(0x2A), -32256);
        assert_eq!(alaw_to_linear(0xC5), 264);
    }

    #[test]
    fn both_laws_are_odd_symmetric_and_monotonic_in_magnitude() {
        for b in 0u8..=0x7F {
            assert_eq!(ulaw_to_linear(b), -ulaw_to_linear(b | 0x80));
            assert_eq!(alaw_to_linear(b), -alaw_to_linear(b | 0x80));
        }
        // mu-law: 0xFF..0x80 runs from 0 up to the maximum.
        let mags: Vec<i16> = (0x80u8..=0xFF).rev().map(ulaw_to_linear).collect();
        assert!(mags.windows(2).all(|w| w[0] < w[1]));
    }
}
