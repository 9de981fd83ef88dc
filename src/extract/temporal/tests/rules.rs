//! Every rule on its own examples: each rule has at least one, a rule's name is unique, a
//! bracketed expression ("[the following year]") is tagged by that rule with exactly that
//! span through the document pass, and a veto stops at its braced token ("${2014}") so that
//! nothing is tagged from there.

use crate::extract::temporal::cursor::Cursor;
use crate::extract::temporal::rule::{Outcome, Rule};
use crate::extract::temporal::rules::PASSES;
use crate::extract::temporal::tag_sentences;
use crate::extract::tokens::{Token, tokenize};
use crate::model::Span;

/// An example without its marks, and the marked spans.
fn unmark(example: &str, open: char, close: char) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut start = None;
    for ch in example.chars() {
        if ch == open {
            start = Some(text.len());
        } else if ch == close {
            spans.push(Span::new(start.take().unwrap(), text.len()));
        } else {
            text.push(ch);
        }
    }
    (text, spans)
}

/// The sentences of `text` as token lists.
fn sentences(text: &str) -> Vec<Vec<Token<'_>>> {
    crate::extract::sentences::split(text, Span::new(0, text.len()))
        .into_iter()
        .map(|s| tokenize(s.slice(text).unwrap(), s.start))
        .collect()
}

fn all_rules() -> impl Iterator<Item = &'static Rule> {
    PASSES.iter().flat_map(|table| table.rules.iter())
}

#[test]
fn every_rule_has_an_example_and_its_own_name() {
    let mut names: Vec<&str> = all_rules().map(|r| r.name).collect();
    for rule in all_rules() {
        assert!(!rule.examples.is_empty(), "{} has no example", rule.name);
    }
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n, "two rules share a name");
}

/// What is wrong with a bracketed example, if anything.
fn check_hit(rule: &Rule, example: &str) -> Option<String> {
    let (text, expected) = unmark(example, '[', ']');
    if expected.is_empty() {
        return Some(format!("{}: nothing in brackets in {example:?}", rule.name));
    }
    let tokens = sentences(&text);
    let found = tag_sentences(&text, tokens.iter().map(Vec::as_slice), None);
    let missed: Vec<&str> = expected
        .iter()
        .filter(|span| {
            !found
                .iter()
                .flatten()
                .any(|t| t.span == **span && t.rule == rule.name)
        })
        .map(|span| span.slice(&text).unwrap_or("?"))
        .collect();
    (!missed.is_empty()).then(|| {
        let tagged: Vec<(&str, &str)> = found
            .iter()
            .flatten()
            .map(|t| (t.span.slice(&text).unwrap_or("?"), t.rule))
            .collect();
        format!(
            "{}: {missed:?} not tagged by it in {example:?}; tagged: {tagged:?}",
            rule.name
        )
    })
}

/// What is wrong with a braced (veto) example, if anything.
fn check_veto(rule: &Rule, example: &str) -> Option<String> {
    let (text, marked) = unmark(example, '{', '}');
    let [mark] = marked[..] else {
        return Some(format!(
            "{}: not one braced token in {example:?}",
            rule.name
        ));
    };
    let tokens = sentences(&text);
    let stops = tokens.iter().any(|sentence| {
        sentence
            .iter()
            .position(|t| t.start() == mark.start)
            .is_some_and(|i| {
                Cursor::new(sentence, i).is_some_and(|c| (rule.matcher)(&c) == Outcome::Stop)
            })
    });
    if !stops {
        return Some(format!("{} does not stop at {example:?}", rule.name));
    }
    let found = tag_sentences(&text, tokens.iter().map(Vec::as_slice), None);
    found
        .iter()
        .flatten()
        .any(|t| t.span.start == mark.start)
        .then(|| format!("{}: tagged from the vetoed token in {example:?}", rule.name))
}

#[test]
fn every_rule_tags_its_examples() {
    let failures: Vec<String> = all_rules()
        .flat_map(|rule| rule.examples.iter().map(move |e| (rule, e)))
        .filter_map(|(rule, example)| {
            if example.contains('{') {
                check_veto(rule, example)
            } else {
                check_hit(rule, example)
            }
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[path = "../../../../tests/data/timeml_heldout.rs"]
#[allow(dead_code, reason = "only the texts are used here")]
mod heldout;
#[path = "../../../../tests/data/timeml_heldout2.rs"]
#[allow(dead_code, reason = "only the texts are used here")]
mod heldout2;

/// Every text the tests have: the snippets, both held-out sets, the seed and the examples.
fn every_text() -> Vec<String> {
    let snippets = include_str!("../../../../tests/data/temporal_snippets.txt");
    let mut texts: Vec<String> = snippets.split("\n%%%% ").map(str::to_owned).collect();
    texts.extend(heldout::DOCS.iter().map(|d| d.text.to_owned()));
    texts.extend(heldout2::DOCS.iter().map(|d| d.text.to_owned()));
    texts.push(crate::load::SEED_TEXT.to_owned());
    for rule in all_rules() {
        for example in rule.examples {
            texts.push(example.replace(['[', ']', '{', '}'], ""));
        }
    }
    texts
}

#[test]
fn the_index_of_first_words_changes_nothing() {
    let mut positions = 0;
    for text in every_text() {
        for sentence in sentences(&text) {
            for i in 0..sentence.len() {
                let c = Cursor::new(&sentence, i).unwrap();
                for table in PASSES {
                    assert_eq!(
                        table.run(&c),
                        table.run_all(&c),
                        "{} at {:?} in {text:?}",
                        table.name,
                        sentence[i].text
                    );
                }
                positions += 1;
            }
        }
    }
    assert!(positions > 10_000, "only {positions} positions tried");
}
