//! Decimal digits of a number, written without core's integer formatting, which reads a
//! table of digit pairs: `explain` would fault that table in at start-up for one reply
//! code (issue #12), and `scan --json` writes numbers straight into its records.

/// The decimal digits of `n` (ASCII), at the end of `buf`.
pub fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_the_numbers() {
        for n in [0, 7, 10, 502, 10061, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string().as_bytes());
        }
    }
}
