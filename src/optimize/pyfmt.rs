//! Python's float formatting (`repr`, `%g`, `%e`, `%f`), so that messages
//! carry numbers spelled exactly as SciPy spells them.

/// Spelling of a non-finite value as Python prints it, `None` when finite.
fn non_finite(x: f64) -> Option<String> {
    if x.is_nan() {
        Some("nan".into())
    } else if x.is_infinite() {
        Some(if x > 0.0 { "inf" } else { "-inf" }.into())
    } else {
        None
    }
}

/// Splits Rust's `{:e}`-style text ("-1.2345e-8") into sign, digits without
/// the dot, and the decimal exponent of the first digit.
fn split_sci(text: &str) -> (bool, String, i32) {
    let negative = text.starts_with('-');
    let body = text.trim_start_matches('-');
    let (mantissa, exp) = body.split_once('e').unwrap_or((body, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    (negative, digits, exp.parse().unwrap_or(0))
}

/// Python's exponent suffix: "e-05", "e+16".
fn exp_suffix(exp: i32) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    format!("e{sign}{:02}", exp.abs())
}

/// `digits` with a dot after the first one unless it is the only one.
fn dotted(digits: &str) -> String {
    if digits.len() > 1 {
        format!("{}.{}", &digits[..1], &digits[1..])
    } else {
        digits.to_string()
    }
}

/// Python's `repr(float)`: the shortest round-trip digits, positional when
/// the decimal exponent is in [-4, 16), scientific otherwise.
pub fn repr(x: f64) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    let (negative, digits, exp) = split_sci(&format!("{x:e}"));
    let sign = if negative { "-" } else { "" };
    let decpt = exp + 1;
    let n = digits.len() as i32;
    let body = if !(-4 < decpt && decpt <= 16) {
        format!("{}{}", dotted(&digits), exp_suffix(exp))
    } else if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else if decpt >= n {
        format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
    } else {
        format!(
            "{}.{}",
            &digits[..decpt as usize],
            &digits[decpt as usize..]
        )
    };
    format!("{sign}{body}")
}

/// Python's `"%g" % x` (6 significant digits, trailing zeros removed).
pub fn fmt_g(x: f64) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let (negative, digits, exp) = split_sci(&format!("{x:.5e}"));
    let sign = if negative { "-" } else { "" };
    let body = if (-4..6).contains(&exp) {
        let decimals = (5 - exp) as usize;
        let fixed = format!("{:.*}", decimals, x.abs());
        strip_zeros(&fixed)
    } else {
        format!("{}{}", strip_zeros(&dotted(&digits)), exp_suffix(exp))
    };
    format!("{sign}{body}")
}

/// Removes trailing zeros after a decimal point, and the point if bare.
fn strip_zeros(text: &str) -> String {
    if !text.contains('.') {
        return text.to_string();
    }
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Python's `"%e" % x` (6 digits after the point, 2-digit exponent).
pub fn fmt_e(x: f64) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    let (negative, digits, exp) = split_sci(&format!("{x:.6e}"));
    let sign = if negative { "-" } else { "" };
    format!("{sign}{}{}", dotted(&digits), exp_suffix(exp))
}

/// Python's `"%f" % x` (6 digits after the point).
pub fn fmt_f(x: f64) -> String {
    non_finite(x).unwrap_or_else(|| format!("{x:.6}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        // Expected strings are Python 3.11's repr of the same doubles.
        let cases = [
            (1.48e-8, "1.48e-08"),
            (1.4901161193847656e-08, "1.4901161193847656e-08"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123.456, "123.456"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(x), want, "repr({x:e})");
        }
    }

    #[test]
    fn percent_formats_match_python() {
        assert_eq!(fmt_g(-1.0), "-1");
        assert_eq!(fmt_g(0.0), "0");
        assert_eq!(fmt_g(8.881784197001252e-16), "8.88178e-16");
        assert_eq!(fmt_g(1e-17), "1e-17");
        assert_eq!(fmt_g(123456.0), "123456");
        assert_eq!(fmt_g(1234567.0), "1.23457e+06");
        assert_eq!(fmt_g(0.0001), "0.0001");
        assert_eq!(fmt_e(2.0), "2.000000e+00");
        assert_eq!(fmt_e(-3.0e-300), "-3.000000e-300");
        assert_eq!(fmt_f(0.5), "0.500000");
        assert_eq!(fmt_f(f64::INFINITY), "inf");
    }
}
