//! PolNeAR interop: read the corpus (articles, attribution annotations, CoreNLP
//! coreference) and score the quote extractor against it ([`score`]).
//!
//! PolNeAR (Newell, Margolin & Ruths, LREC 2018) is 1,028 US political news articles of
//! 2015–16 with every attribution annotated as source, cue and content. It has no licence:
//! it is read from a local checkout and nothing from it is kept in this repository. Layout
//! read (`DIR` is the checkout or its `data` folder):
//!
//! - `DIR/<split>/text/NAME.txt`: the article (title line, blank line, paragraphs);
//! - `DIR/<split>/attributions/NAME_<annotator>.ann`: the attributions ([`ann`]); a few
//!   articles were annotated by several annotators: the file whose annotator code sorts
//!   first is used, so every run reads the same annotation;
//! - `DIR/<split>/corenlp/NAME.txt.xml` (optional): CoreNLP's coreference ([`coref`]).
//!
//! The publication date is read from the file name (`nyt_2016-10-02_…`) and given to the
//! extractor as its reference date.

pub mod ann;
pub mod coref;
pub mod score;

use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// One annotated article.
#[derive(Clone, Debug)]
pub struct Article {
    /// File stem of the text ("nyt_2016-10-02_a-curious-plan-to-fight-climate-").
    pub name: String,
    /// The annotator whose file is used ("4b22").
    pub annotator: String,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub attributions: Vec<ann::Attribution>,
    /// `None` when the CoreNLP file is missing.
    pub chains: Option<coref::Chains>,
}

/// Where the split's folders are: `DIR/<split>` or `DIR/data/<split>`.
pub fn split_dir(dir: &Path, split: &str) -> Result<PathBuf, String> {
    [dir.join(split), dir.join("data").join(split)]
        .into_iter()
        .find(|d| d.join("attributions").is_dir())
        .ok_or_else(|| {
            format!(
                "{}: no `{split}/attributions` folder here or under `data/` (give the PolNeAR checkout)",
                dir.display()
            )
        })
}

/// The date in a PolNeAR file name (`publisher_YYYY-MM-DD_slug`).
pub fn date_in_name(name: &str) -> Option<NaiveDate> {
    let d = name.split('_').nth(1)?;
    NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

/// For each article stem, its annotation files' annotator codes, sorted.
fn annotators(att_dir: &Path) -> Result<std::collections::BTreeMap<String, Vec<String>>, String> {
    let entries = std::fs::read_dir(att_dir)
        .map_err(|e| format!("{}: could not list: {e}", att_dir.display()))?;
    let mut by_article = std::collections::BTreeMap::<String, Vec<String>>::default();
    for e in entries {
        let e = e.map_err(|e| format!("{}: could not list: {e}", att_dir.display()))?;
        let file = e.file_name();
        let Some(stem) = file.to_str().and_then(|f| f.strip_suffix(".ann")) else {
            continue;
        };
        let Some((name, annotator)) = stem.rsplit_once('_') else {
            continue;
        };
        by_article
            .entry(name.to_owned())
            .or_default()
            .push(annotator.to_owned());
    }
    for v in by_article.values_mut() {
        v.sort();
    }
    Ok(by_article)
}

/// Reads every article of a split, in file-name order.
pub fn load_split(dir: &Path, split: &str) -> Result<Vec<Article>, String> {
    let root = split_dir(dir, split)?;
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| format!("{}: could not read: {e}", p.display()))
    };
    let mut out = Vec::new();
    for (name, annotators) in annotators(&root.join("attributions"))? {
        let Some(annotator) = annotators.into_iter().next() else {
            continue;
        };
        let ann_path = root
            .join("attributions")
            .join(format!("{name}_{annotator}.ann"));
        let attributions =
            ann::parse(&read(&ann_path)?).map_err(|e| format!("{}: {e}", ann_path.display()))?;
        let text = read(&root.join("text").join(format!("{name}.txt")))?;
        let chains = std::fs::read_to_string(root.join("corenlp").join(format!("{name}.txt.xml")))
            .ok()
            .map(|x| coref::parse(&x));
        out.push(Article {
            date: date_in_name(&name),
            name,
            annotator,
            text,
            attributions,
            chains,
        });
    }
    if out.is_empty() {
        return Err(format!("{}: no annotated articles", root.display()));
    }
    Ok(out)
}
