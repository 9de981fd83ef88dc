//! Coreference chains from the CoreNLP files PolNeAR ships beside its articles
//! (`<split>/corenlp/NAME.txt.xml`, CoreNLP's `dcoref` output).
//!
//! PolNeAR marks a pronoun or a description as the source ("he said", "the newspaper
//! reported") without saying whom it stands for. The evaluator takes the named mentions
//! of the CoreNLP chain that contains the source's head as the gold referent. This is
//! automatic coreference, not a hand annotation: where CoreNLP links nothing named, the
//! referent stays unresolved and the evaluator reports such quotes apart.
//!
//! The XML is machine-written and regular, so it is read with a small tag scanner rather
//! than a general parser: token offsets and part-of-speech tags from `<tokens>`, then the
//! `<mention>` elements of each `<coreference>` chain.

use super::ann::CharSpan;

/// One mention in a chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub chain: usize,
    /// The whole mention, in characters of the article text.
    pub span: CharSpan,
    /// Its head word.
    pub head: CharSpan,
    /// The head word is a proper noun (NNP, NNPS).
    pub proper: bool,
    /// The head word is tagged PERSON or ORGANIZATION.
    pub person_or_org: bool,
}

/// All chains of one article, as a flat list of mentions, and where its proper nouns are.
#[derive(Clone, Debug, Default)]
pub struct Chains {
    pub mentions: Vec<Mention>,
    /// Every token tagged NNP or NNPS, in text order.
    pub proper_nouns: Vec<CharSpan>,
}

#[derive(Clone, Copy)]
struct Tok {
    span: CharSpan,
    proper: bool,
    person_or_org: bool,
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s.get(a..)?.find(close)? + a;
    s.get(a..b)
}

fn number(s: &str, open: &str, close: &str) -> Option<usize> {
    between(s, open, close)?.trim().parse().ok()
}

/// Reads the chains of one CoreNLP XML document. Malformed parts are skipped.
pub fn parse(xml: &str) -> Chains {
    let (body, coref) = match xml.find("<coreference>") {
        Some(i) => xml.split_at(i),
        None => (xml, ""),
    };
    // Tokens by (sentence, token), both 1-based as CoreNLP numbers them.
    let mut sentences: Vec<Vec<Tok>> = Vec::new();
    for sentence in body.split("<sentence id=\"").skip(1) {
        let mut toks = Vec::new();
        for t in sentence.split("<token id=\"").skip(1) {
            let (Some(start), Some(end)) = (
                number(t, "<CharacterOffsetBegin>", "<"),
                number(t, "<CharacterOffsetEnd>", "<"),
            ) else {
                continue;
            };
            let pos = between(t, "<POS>", "<").unwrap_or("");
            let ner = between(t, "<NER>", "<").unwrap_or("");
            toks.push(Tok {
                span: CharSpan { start, end },
                proper: pos.starts_with("NNP"),
                person_or_org: matches!(ner, "PERSON" | "ORGANIZATION"),
            });
        }
        sentences.push(toks);
    }
    let tok = |s: usize, t: usize| {
        sentences
            .get(s.checked_sub(1)?)?
            .get(t.checked_sub(1)?)
            .copied()
    };
    let mut mentions = Vec::new();
    for (chain, block) in coref.split("<coreference>").skip(1).enumerate() {
        for m in block.split("<mention").skip(1) {
            let (Some(s), Some(start), Some(end), Some(head)) = (
                number(m, "<sentence>", "<"),
                number(m, "<start>", "<"),
                number(m, "<end>", "<"),
                number(m, "<head>", "<"),
            ) else {
                continue;
            };
            // `end` is exclusive in CoreNLP's numbering.
            let (Some(first), Some(last), Some(h)) =
                (tok(s, start), tok(s, end.saturating_sub(1)), tok(s, head))
            else {
                continue;
            };
            mentions.push(Mention {
                chain,
                span: CharSpan {
                    start: first.span.start,
                    end: last.span.end,
                },
                head: h.span,
                proper: h.proper,
                person_or_org: h.person_or_org,
            });
        }
    }
    let proper_nouns = sentences
        .iter()
        .flatten()
        .filter(|t| t.proper)
        .map(|t| t.span)
        .collect();
    Chains {
        mentions,
        proper_nouns,
    }
}

impl Chains {
    /// The chain whose mention has its head inside `source` (the longest such mention).
    pub fn chain_of(&self, source: &[CharSpan]) -> Option<usize> {
        self.mentions
            .iter()
            .filter(|m| {
                source
                    .iter()
                    .any(|s| s.start <= m.head.start && m.head.end <= s.end)
            })
            .max_by_key(|m| (m.span.end - m.span.start, std::cmp::Reverse(m.span.start)))
            .map(|m| m.chain)
    }

    /// Is the word at `span` tagged as a proper noun?
    pub fn is_proper(&self, span: CharSpan) -> bool {
        self.proper_nouns
            .binary_search_by(|t| t.start.cmp(&span.start))
            .is_ok()
    }

    /// The mentions of `chain` that name a person or an organisation (head a proper noun
    /// tagged PERSON or ORGANIZATION).
    pub fn named_in(&self, chain: usize) -> impl Iterator<Item = &Mention> {
        self.mentions
            .iter()
            .filter(move |m| m.chain == chain && m.proper && m.person_or_org)
    }

    /// The named mention of `chain` closest before `at` (else the first after it): whom a
    /// pronoun or description at `at` stands for.
    pub fn antecedent(&self, chain: usize, at: usize) -> Option<&Mention> {
        let named = || self.named_in(chain);
        named()
            .filter(|m| m.span.end <= at)
            .max_by_key(|m| m.span.start)
            .or_else(|| {
                named()
                    .filter(|m| m.span.start >= at)
                    .min_by_key(|m| m.span.start)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(id: usize, start: usize, end: usize, pos: &str) -> String {
        format!(
            "<token id=\"{id}\"><word>w</word><CharacterOffsetBegin>{start}</CharacterOffsetBegin>\
             <CharacterOffsetEnd>{end}</CharacterOffsetEnd><POS>{pos}</POS><NER>{}</NER></token>",
            if pos == "NNP" { "PERSON" } else { "O" }
        )
    }

    #[test]
    fn reads_chains_with_token_offsets() {
        // "Ana Lind spoke . She said so ."
        let xml = format!(
            "<root><document><sentences><sentence id=\"1\"><tokens>{}{}{}</tokens></sentence>\
             <sentence id=\"2\"><tokens>{}{}</tokens></sentence></sentences>\
             <coreference><coreference>\
             <mention representative=\"true\"><sentence>1</sentence><start>1</start><end>3</end><head>2</head><text>Ana Lind</text></mention>\
             <mention><sentence>2</sentence><start>1</start><end>2</end><head>1</head><text>She</text></mention>\
             </coreference></coreference></document></root>",
            token(1, 0, 3, "NNP"),
            token(2, 4, 8, "NNP"),
            token(3, 9, 14, "VBD"),
            token(1, 17, 20, "PRP"),
            token(2, 21, 25, "VBD"),
        );
        let c = parse(&xml);
        assert_eq!(c.mentions.len(), 2);
        assert_eq!(c.mentions[0].span, CharSpan { start: 0, end: 8 });
        assert!(c.mentions[0].proper && !c.mentions[1].proper);
        let chain = c.chain_of(&[CharSpan { start: 17, end: 20 }]).unwrap();
        let named: Vec<CharSpan> = c.named_in(chain).map(|m| m.span).collect();
        assert_eq!(named, [CharSpan { start: 0, end: 8 }]);
        assert_eq!(
            c.antecedent(chain, 17).map(|m| m.span),
            Some(CharSpan { start: 0, end: 8 })
        );
        assert_eq!(c.chain_of(&[CharSpan { start: 9, end: 14 }]), None);
    }
}
