//! ECB+ interop: read the corpus (tokenized news articles with cross-document event
//! coreference) and score multi-source merging against it ([`score`]).
//!
//! ECB+ (Cybulska & Vossen, LREC 2014) is 982 news articles in 43 topics. Each topic has two
//! sub-topics, two similar happenings (two celebrities entering rehab, two earthquakes): the
//! original ECB articles (`T_Necb.xml`) and the added ones (`T_Necbplus.xml`). Mentions of
//! one real happening, across articles, share an instance id (`CROSS_DOC_COREF note="ACT…"`).
//! It is read from a local checkout (the unzipped `ECB+` folder with one folder per topic);
//! nothing from it is kept in this repository.
//!
//! The articles are stored as tokens; [`detokenize`] puts the text back together (one
//! paragraph per sentence, the URL line of the ECB+ articles left out) and keeps where each
//! sentence landed, so an event's sentence maps back to the annotated sentences.

pub mod score;

use std::collections::BTreeMap;
use std::path::Path;

/// The conventional split of ECB+ topics (Cybulska & Vossen 2015; used by Barhom et al.
/// 2019 and later work): dev topics, test topics 36–45, train the rest.
pub const DEV_TOPICS: [u32; 8] = [2, 5, 12, 18, 21, 23, 34, 35];

/// The split a topic belongs to.
pub fn split_of(topic: u32) -> &'static str {
    if DEV_TOPICS.contains(&topic) {
        "dev"
    } else if (36..=45).contains(&topic) {
        "test"
    } else {
        "train"
    }
}

/// One article, its text rebuilt.
#[derive(Clone, Debug)]
pub struct Doc {
    /// File stem (`1_10ecbplus`).
    pub name: String,
    pub topic: u32,
    /// The added ECB+ sub-topic (`…ecbplus.xml`) rather than the original ECB one.
    pub plus: bool,
    /// The article's number within its sub-topic.
    pub number: u32,
    pub text: String,
    /// Byte range of each annotated sentence in `text`, by its sentence number (`None`: not
    /// in the text, the URL line).
    pub sentences: Vec<Option<std::ops::Range<usize>>>,
    /// Event instance id → the sentence numbers of its mentions in this article.
    pub chains: BTreeMap<String, Vec<usize>>,
    /// The sentences with an annotated event mention (ECB+ annotated only some sentences of
    /// each article: a join of two others cannot be judged).
    pub annotated: std::collections::BTreeSet<usize>,
}

/// Reads every article of the topics of `split` ("train", "dev", "test" or "all"), in
/// topic, sub-topic and number order.
pub fn load_split(dir: &Path, split: &str) -> Result<Vec<Doc>, String> {
    let root = if dir.join("ECB+").is_dir() {
        dir.join("ECB+")
    } else {
        dir.to_owned()
    };
    let topics =
        std::fs::read_dir(&root).map_err(|e| format!("{}: could not list: {e}", root.display()))?;
    let mut docs = Vec::new();
    for t in topics.flatten() {
        let Some(topic) = t.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        if split != "all" && split_of(topic) != split {
            continue;
        }
        let files = std::fs::read_dir(t.path())
            .map_err(|e| format!("{}: could not list: {e}", t.path().display()))?;
        for f in files.flatten() {
            let file = f.file_name();
            let Some(stem) = file.to_str().and_then(|n| n.strip_suffix(".xml")) else {
                continue;
            };
            let Some((plus, number)) = doc_number(stem) else {
                continue;
            };
            let xml = std::fs::read_to_string(f.path())
                .map_err(|e| format!("{}: could not read: {e}", f.path().display()))?;
            docs.push(parse(stem, topic, plus, number, &xml));
        }
    }
    if docs.is_empty() {
        return Err(format!(
            "{}: no ECB+ articles of split `{split}` (give the folder holding the topic folders)",
            root.display()
        ));
    }
    docs.sort_by_key(|d| (d.topic, d.plus, d.number));
    Ok(docs)
}

/// `1_10ecbplus` → (true, 10); `1_3ecb` → (false, 3).
fn doc_number(stem: &str) -> Option<(bool, u32)> {
    let (_, rest) = stem.split_once('_')?;
    let (number, plus) = if let Some(n) = rest.strip_suffix("ecbplus") {
        (n, true)
    } else {
        (rest.strip_suffix("ecb")?, false)
    };
    Some((plus, number.parse().ok()?))
}

/// One tag: its name and attributes (`<token t_id="1" …>` → `token`, `t_id` = `1`, …).
struct Tag<'a> {
    name: &'a str,
    attrs: Vec<(&'a str, &'a str)>,
    /// Where the tag ends in the document.
    end: usize,
}

fn tags(xml: &str) -> impl Iterator<Item = Tag<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let open = at + xml.get(at..)?.find('<')?;
        let close = open + xml.get(open..)?.find('>')?;
        at = close + 1;
        let inner = xml.get(open + 1..close)?.trim_end_matches('/');
        let (name, mut rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let mut attrs = Vec::new();
        while let Some((key, after)) = rest.split_once("=\"") {
            let Some((value, tail)) = after.split_once('"') else {
                break;
            };
            attrs.push((key.trim(), value));
            rest = tail;
        }
        Some(Tag {
            name,
            attrs,
            end: close + 1,
        })
    })
}

fn attr<'a>(tag: &Tag<'a>, key: &str) -> Option<&'a str> {
    tag.attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Parses one ECB+ file.
pub fn parse(name: &str, topic: u32, plus: bool, number: u32, xml: &str) -> Doc {
    // Tokens by sentence, token id → sentence; markables' token anchors; chains.
    let mut sentences: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut token_sentence: BTreeMap<String, usize> = BTreeMap::new();
    let mut markable_tokens: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut event_markables = std::collections::HashSet::<String>::new();
    let mut open_markable: Option<String> = None;
    let mut chains: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut open_chain: Option<String> = None;
    let mut in_markables = false;
    for tag in tags(xml) {
        match tag.name {
            "token" => {
                let (Some(id), Some(s)) = (attr(&tag, "t_id"), attr(&tag, "sentence")) else {
                    continue;
                };
                // A sentence number past the tokens read so far is malformed (and would
                // size the sentence table).
                let Ok(s) = s.parse::<usize>() else { continue };
                if s > token_sentence.len() {
                    continue;
                }
                // The word runs to the next tag (a self-closing or unclosed token has none).
                let word = xml
                    .get(tag.end..)
                    .map_or("", |r| r.find('<').map_or(r, |e| &r[..e]));
                sentences.entry(s).or_default().push(unescape(word));
                token_sentence.insert(id.to_owned(), s);
            }
            "Markables" => in_markables = true,
            "/Markables" => in_markables = false,
            "token_anchor" => {
                if let (Some(m), Some(t)) = (&open_markable, attr(&tag, "t_id")) {
                    markable_tokens
                        .entry(m.clone())
                        .or_default()
                        .push(t.to_owned());
                }
            }
            "CROSS_DOC_COREF" => open_chain = attr(&tag, "note").map(str::to_owned),
            "/CROSS_DOC_COREF" => open_chain = None,
            "source" => {
                let (Some(chain), Some(m)) = (&open_chain, attr(&tag, "m_id")) else {
                    continue;
                };
                if !event_markables.contains(m) {
                    continue;
                }
                for t in markable_tokens.get(m).into_iter().flatten() {
                    if let Some(&s) = token_sentence.get(t) {
                        chains.entry(chain.clone()).or_default().push(s);
                    }
                }
            }
            n if in_markables && n.starts_with('/') => open_markable = None,
            n if in_markables => {
                let Some(m) = attr(&tag, "m_id") else {
                    continue;
                };
                if n.starts_with("ACTION") || n.starts_with("NEG_ACTION") {
                    event_markables.insert(m.to_owned());
                }
                open_markable = Some(m.to_owned());
            }
            _ => {}
        }
    }
    let annotated = markable_tokens
        .iter()
        .filter(|(m, _)| event_markables.contains(*m))
        .flat_map(|(_, ts)| ts.iter().filter_map(|t| token_sentence.get(t).copied()))
        .collect();
    for v in chains.values_mut() {
        v.sort_unstable();
        v.dedup();
    }
    let (text, ranges) = rebuild(&sentences, plus);
    Doc {
        name: name.to_owned(),
        topic,
        plus,
        number,
        text,
        sentences: ranges,
        chains,
        annotated,
    }
}

/// The article's text from its sentences' tokens, one paragraph per sentence (an ECB+
/// article's URL line left out), and where each sentence landed.
fn rebuild(
    sentences: &BTreeMap<usize, Vec<String>>,
    plus: bool,
) -> (String, Vec<Option<std::ops::Range<usize>>>) {
    let len = sentences
        .keys()
        .next_back()
        .map_or(0, |&k| k.saturating_add(1));
    let mut ranges = vec![None; len];
    let mut text = String::new();
    for (&n, words) in sentences {
        let line = detokenize(words);
        if plus && n == 0 && line.starts_with("http") {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&line);
        if let Some(slot) = ranges.get_mut(n) {
            *slot = Some(start..text.len());
        }
    }
    text.push('\n');
    (text, ranges)
}

/// Joins one sentence's tokens the way it was written: no space before closing
/// punctuation and clitics, none after opening marks, none around a hyphen inside a word or
/// the separators of numbers ("2 , 000" → "2,000", "12 : 42" → "12:42").
pub fn detokenize(words: &[String]) -> String {
    // "' '" is a closing '' the corpus's tokenizer split in two.
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        if w == "'" && joined.last().is_some_and(|p| p == "'") {
            if let Some(p) = joined.last_mut() {
                "''".clone_into(p);
            }
        } else {
            joined.push(w.clone());
        }
    }
    let words = joined.as_slice();
    let mut out = String::new();
    let mut quote_open = false;
    let mut glue_next = true;
    for (i, w) in words.iter().enumerate() {
        let w = match w.as_str() {
            "``" => "\u{201c}",
            "''" => "\u{201d}",
            "-LRB-" => "(",
            "-RRB-" => ")",
            other => other,
        };
        let prev = i
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .map(String::as_str);
        let next = words.get(i + 1).map(String::as_str);
        let digit_end =
            |s: Option<&str>| s.is_some_and(|s| s.ends_with(|c: char| c.is_ascii_digit()));
        let digit_start =
            |s: Option<&str>| s.is_some_and(|s| s.starts_with(|c: char| c.is_ascii_digit()));
        let word_end = |s: Option<&str>| s.is_some_and(|s| s.ends_with(char::is_alphanumeric));
        let word_start = |s: Option<&str>| s.is_some_and(|s| s.starts_with(char::is_alphanumeric));
        let between_digits = digit_end(prev) && digit_start(next);
        let mut glue = glue_next;
        glue_next = false;
        match w {
            "." | "," | ";" | "!" | "?" | ")" | "]" | "}" | "%" | "\u{201d}" | "'s" | "n't"
            | "'re" | "'ve" | "'ll" | "'d" | "'m" | "\u{2019}" | "\u{2019}s" | "..." => glue = true,
            ":" => {
                glue = true;
                glue_next = between_digits;
            }
            "(" | "[" | "{" | "$" | "\u{201c}" | "#" => glue_next = true,
            "/" => {
                glue = true;
                glue_next = true;
            }
            "-" if word_end(prev) && word_start(next) => {
                glue = true;
                glue_next = true;
            }
            "\"" | "'" => {
                if quote_open {
                    glue = true;
                } else {
                    glue_next = true;
                }
                quote_open = !quote_open;
            }
            _ => {
                if w.starts_with('"') && w.len() > 1 {
                    quote_open = !w.ends_with('"');
                }
            }
        }
        if w == ","
            && between_digits
            && next.is_some_and(|n| n.chars().take_while(char::is_ascii_digit).count() == 3)
        {
            glue_next = true;
        }
        if w.starts_with('\u{2019}') && prev.is_some_and(|p| p.ends_with(char::is_alphabetic)) {
            glue = true;
        }
        if prev == Some("\u{2019}") && w == "s" {
            glue = true;
        }
        if !glue && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn tokens_join_back_into_written_text() {
        assert_eq!(
            detokenize(&words("First Published : June 13 , 2013 4 : 59 PM EDT")),
            "First Published: June 13, 2013 4:59 PM EDT"
        );
        assert_eq!(
            detokenize(&words(
                "A British climber has fallen 2 , 000ft to his death , police there have said ."
            )),
            "A British climber has fallen 2,000ft to his death, police there have said."
        );
        assert_eq!(
            detokenize(&words(
                "Lohan ’ s 90 - day stay ( in Malibu ) ended ; `` yes '' ,"
            )),
            "Lohan’s 90-day stay (in Malibu) ended; \u{201c}yes\u{201d},"
        );
        assert_eq!(
            detokenize(&words("\"We host the Oscars , \" producers said .")),
            "\"We host the Oscars,\" producers said."
        );
        assert_eq!(
            detokenize(&words("He said \" we won \" today .")),
            "He said \"we won\" today."
        );
        assert_eq!(
            detokenize(&words("informant ' Deep Throat , ' ' died")),
            "informant 'Deep Throat,\u{201d} died"
        );
    }

    #[test]
    fn a_file_parses_into_text_sentences_and_event_chains() {
        let xml = r#"<Document doc_name="9_1ecbplus.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="0" number="1">:</token>
<token t_id="3" sentence="1" number="0">Quake</token>
<token t_id="4" sentence="1" number="1">hits</token>
<token t_id="5" sentence="2" number="0">It</token>
<token t_id="6" sentence="2" number="1">struck</token>
<token t_id="7" sentence="2" number="2">&amp;</token>
<token t_id="8" sentence="2" number="3">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"  >
  <token_anchor t_id="4"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="11"  >
  <token_anchor t_id="6"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="12"  >
  <token_anchor t_id="5"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="13" RELATED_TO="" TAG_DESCRIPTOR="quake" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="10" />
  <source m_id="11" />
  <target m_id="13" />
</CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="2" note="HUM1" >
  <source m_id="12" />
  <target m_id="14" />
</CROSS_DOC_COREF>
</Relations>
</Document>"#;
        let d = parse("9_1ecbplus", 9, true, 1, xml);
        assert_eq!(d.text, "Quake hits\n\nIt struck &.\n");
        assert_eq!(d.sentences, vec![None, Some(0..10), Some(12..24)]);
        assert_eq!(d.chains.len(), 1, "{:?}", d.chains);
        assert_eq!(d.chains["ACT1"], vec![1, 2]);
        assert_eq!(d.annotated.iter().copied().collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(doc_number("1_10ecbplus"), Some((true, 10)));
        // Malformed: a huge sentence number, an unclosed token.
        let bad = parse(
            "x",
            1,
            false,
            1,
            "<token t_id=\"1\" sentence=\"18446744073709551615\" number=\"0\">a</token>\
             <token t_id=\"2\" sentence=\"0\" number=\"0\">b<token t_id=\"3\" sentence=\"0\">c",
        );
        assert_eq!(bad.text, "b c\n");
        assert_eq!(doc_number("1_3ecb"), Some((false, 3)));
        assert_eq!(split_of(36), "test");
        assert_eq!(split_of(2), "dev");
        assert_eq!(split_of(1), "train");
    }
}
