//! Bytes → text. UTF-8 (BOM tolerated) is the norm; UTF-16 and Windows-1252 are decoded with a
//! warning; empty and binary input are errors with a message a user can act on.

use std::fmt;

/// Why an input could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but white space.
    Empty,
    /// Looks like a binary file (NUL bytes or many control characters).
    Binary { reason: String },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => f.write_str("the article is empty: there is no text to read"),
            InputError::Binary { reason } => {
                write!(f, "this does not look like a text article ({reason})")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Decoded article text and what had to be guessed on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes raw article bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_1252(rest, &mut warnings)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (enc, name) = if bytes.starts_with(b"\xFF\xFE") {
            (encoding_rs::UTF_16LE, "UTF-16LE")
        } else {
            (encoding_rs::UTF_16BE, "UTF-16BE")
        };
        warnings.push(format!("the article was decoded from {name}"));
        enc.decode_with_bom_removal(bytes).0.into_owned()
    } else if let Some(enc) = sniff_utf16(bytes) {
        warnings.push(format!(
            "the article looks like {} without a byte-order mark and was decoded as such",
            enc.name()
        ));
        enc.decode_without_bom_handling(bytes).0.into_owned()
    } else {
        if bytes.contains(&0) {
            return Err(InputError::Binary {
                reason: "it contains NUL bytes".into(),
            });
        }
        utf8_or_1252(bytes, &mut warnings)
    };
    checked(text, warnings)
}

/// [`decode`] for bytes the caller gives up: plain UTF-8 (most articles) becomes the text
/// without a copy, so a big article is not held twice while it is extracted.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, InputError> {
    let other = bytes.starts_with(b"\xEF\xBB\xBF")
        || bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || sniff_utf16(&bytes).is_some()
        || bytes.contains(&0);
    if other {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => checked(text, Vec::new()),
        Err(e) => decode(e.as_bytes()),
    }
}

/// The decoded text, unless it is empty or mostly control characters.
fn checked(text: String, warnings: Vec<String>) -> Result<Decoded, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let total = text.chars().count();
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 20 > total {
        return Err(InputError::Binary {
            reason: format!("{control} of its {total} characters are control characters"),
        });
    }
    Ok(Decoded { text, warnings })
}

fn utf8_or_1252(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(e) => {
            warnings.push(format!(
                "the article is not valid UTF-8 (first bad byte at offset {}); it was decoded as Windows-1252",
                e.valid_up_to()
            ));
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()
        }
    }
}

/// BOM-less UTF-16: most ASCII text has a NUL in every other byte.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_bytes_decode_as_borrowed_ones_do() {
        let inputs: [&[u8]; 7] = [
            b"Plain text article.\n",
            b"\xEF\xBB\xBFWith a byte-order mark.",
            b"\xFF\xFEa\x00b\x00c\x00",
            b"Caf\xE9 in Windows-1252.",
            b"binary\x00data",
            b"   \n\t ",
            b"\x01\x02\x03\x04 control",
        ];
        for bytes in inputs {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn utf8_with_bom() {
        let d = decode("\u{feff}Hello world".as_bytes()).unwrap();
        assert_eq!(d.text, "Hello world");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Kyiv said".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!(d.text, "Kyiv said");
        assert_eq!(d.warnings.len(), 1);
        let d = decode(&le[2..]).unwrap();
        assert_eq!(d.text, "Kyiv said");
    }

    #[test]
    fn windows_1252_fallback() {
        let d = decode(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "Café “quoted”");
        assert!(d.warnings[0].contains("Windows-1252"));
    }

    #[test]
    fn empty_and_binary() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b"  \n\t "), Err(InputError::Empty));
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00\x00"),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, 65]),
            Err(InputError::Binary { .. })
        ));
    }
}
