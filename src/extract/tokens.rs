//! A light tokenizer: words, numbers and punctuation with byte offsets into the article.
//!
//! Extraction matches patterns over tokens rather than regular expressions: it keeps every
//! span exact and the per-sentence cost linear.

/// `s` lower-cased: runs of ASCII a few bytes at a time, only other characters one by one
/// (`str::to_lowercase` goes one character at a time after the first non-ASCII one, and
/// news text has curly quotes and dashes in most lines).
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (head, tail) = rest.split_at(ascii);
        let start = out.len();
        out.push_str(head);
        out[start..].make_ascii_lowercase();
        let mut chars = tail.chars();
        let Some(c) = chars.next() else {
            return out;
        };
        out.extend(c.to_lowercase());
        rest = chars.as_str();
    }
}

/// Is `t` what [`Token::lower`] would make of it: every character its own lower case, no
/// curly apostrophe?
/// Worked out once per token, so that marks (“ ” — …) are borrowed, not copied, each time
/// a rule lower-cases them.
fn is_plain(t: &str) -> bool {
    if t.is_ascii() {
        return !t.bytes().any(|b| b.is_ascii_uppercase());
    }
    t.chars().all(|c| {
        let mut l = c.to_lowercase();
        c != '’' && l.next() == Some(c) && l.next().is_none()
    })
}

/// A lower-cased token text; compare it with `&str` or use it as one. Short words are kept
/// inline, so lower-casing a capitalised word does not allocate.
#[derive(Clone, Debug)]
pub struct Lower<'a>(Repr<'a>);

#[derive(Clone, Debug)]
enum Repr<'a> {
    Borrowed(&'a str),
    /// `ArrayString` hands out its `&str` without re-validating it (this was ~5 % of
    /// extraction time with a byte buffer and `from_utf8`).
    Inline(arrayvec::ArrayString<23>),
    Owned(String),
}

impl Default for Lower<'_> {
    fn default() -> Self {
        Lower(Repr::Borrowed(""))
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower<'_> {}

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            Repr::Inline(a) => a.as_str(),
            Repr::Owned(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// ASCII-lower-cases a short word into `buf` without allocating. `None` for words longer
/// than the buffer or with non-ASCII letters: no keyword list entry is like that.
pub fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or hyphens ("Ukraine’s", "son-in-law").
    Word,
    /// ASCII digits, possibly with an ordinal suffix ("6th") or a time colon ("14:30").
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token; `start..end` are absolute byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset of the text in the article; a `u32` (articles are far below 4 GiB) and no
    /// stored end keep a token at 24 bytes: a 50 MB article has 8.6 million of them.
    start: u32,
    pub kind: TokenKind,
    /// The text is its own lower-case form already (most tokens, and marks such as “ or —):
    /// `lower()` borrows it as is.
    plain: bool,
}

impl Token<'_> {
    /// Byte offset of the token's first byte in the article.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the token's last byte in the article.
    pub fn end(&self) -> usize {
        self.start as usize + self.text.len()
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Case-insensitive comparison with an ASCII word.
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Lower-case form, with curly apostrophes straightened. Borrowed (no allocation) for
    /// the common case of a word that is already lower-case ASCII.
    pub fn lower(&self) -> Lower<'_> {
        // `plain` was worked out once by the tokenizer.
        if self.plain {
            return Lower(Repr::Borrowed(self.text));
        }
        let bytes = self.text.as_bytes();
        if bytes.is_ascii()
            && let Ok(mut a) = arrayvec::ArrayString::<23>::from(self.text)
        {
            a.make_ascii_lowercase();
            return Lower(Repr::Inline(a));
        }
        Lower(Repr::Owned(lowercase(self.text).replace('’', "'")))
    }

    /// The word without a trailing possessive ("Trump’s" → "Trump").
    pub fn without_possessive(&self) -> &str {
        self.text
            .strip_suffix("’s")
            .or_else(|| self.text.strip_suffix("'s"))
            .unwrap_or(self.text)
    }
}

impl<'a> Token<'a> {
    /// A possessive word split into the word and its ending: "Friday's" → "Friday", "'s".
    pub fn split_possessive(&self) -> Option<(Token<'a>, Token<'a>)> {
        if self.kind != TokenKind::Word {
            return None;
        }
        let stem = self
            .text
            .strip_suffix("'s")
            .or_else(|| self.text.strip_suffix("’s"))
            .filter(|s| !s.is_empty())?;
        let cut = stem.len();
        let (a, b) = (self.text.get(..cut)?, self.text.get(cut..)?);
        let part = |text: &'a str, start: u32, kind| Token {
            text,
            start,
            kind,
            plain: is_plain(text),
        };
        Some((
            part(a, self.start, TokenKind::Word),
            part(b, self.start.saturating_add(offset(cut)), TokenKind::Punct),
        ))
    }
}

/// A byte offset as a token keeps it (saturating: no article comes near 4 GiB).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `text[range]`, reporting absolute offsets (`base` is the offset of `text[0]`).
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    // About one token per five bytes of news text: one allocation instead of several.
    let mut out = Vec::with_capacity(text.len() / 5 + 4);
    let bytes = text.as_bytes();
    // Byte offsets, with ASCII letters and digits taken a byte at a time inside a token:
    // decoding every character was a tenth of extraction time.
    let mut i = 0;
    while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
        let mut end = i + c.len_utf8();
        if c.is_whitespace() {
            i = end;
            continue;
        }
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            loop {
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some(d) = text.get(end..).and_then(|r| r.chars().next()) else {
                    break;
                };
                // Inner apostrophe or hyphen only if a letter follows.
                let joiner = (is_apostrophe(d) || d == '-')
                    && text
                        .get(end + d.len_utf8()..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_alphabetic);
                if d.is_alphanumeric() || joiner {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            loop {
                match bytes.get(end) {
                    Some(b) if b.is_ascii_alphanumeric() => end += 1,
                    Some(b':') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => end += 1,
                    _ => break,
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        let t = &text[i..end];
        out.push(Token {
            text: t,
            start: offset(base + i),
            kind,
            plain: is_plain(t),
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_matches_the_standard_library_on_mixed_text() {
        for s in [
            "",
            "PARIS — The “Élysée” SAID: Ünal, ΑΘΗΝΑ ok",
            "İstanbul ẞ Ǆ ÀÉÎ",
            "plain ascii only",
            "“",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn a_token_is_borrowed_as_lower_case_only_when_it_is_its_own_lower_case_form() {
        let text = "PARIS — The “Élysée” SAID: Ünal’s ΑΘΗΝΑ ok, İstanbul ẞ Ǆ ǅ don’t … « x »";
        for t in tokenize(text, 0) {
            let expected = lowercase(t.text).replace('’', "'");
            assert_eq!(t.lower().as_str(), expected, "{}", t.text);
            assert_eq!(t.plain, expected == t.text, "{}", t.text);
        }
    }

    #[test]
    fn words_numbers_punct_with_offsets() {
        let t = tokenize("Ukraine’s son-in-law, on Jan. 6th 14:30!", 10);
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "Ukraine’s",
                "son-in-law",
                ",",
                "on",
                "Jan",
                ".",
                "6th",
                "14:30",
                "!"
            ]
        );
        assert_eq!(t[0].start, 10);
        assert_eq!(t[0].without_possessive(), "Ukraine");
        assert_eq!(t[6].kind, TokenKind::Number);
    }

    #[test]
    fn trailing_apostrophe_is_punct() {
        let t = tokenize("the allies' plan", 0);
        assert_eq!(t[1].text, "allies");
        assert_eq!(t[2].text, "'");
    }
}
