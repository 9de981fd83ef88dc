//! TempEval-3 style scoring of TIMEX3 annotations against gold.
//!
//! What is computed, per document and in total (document creation times are not counted):
//! - pairs: each gold expression is paired with at most one system expression that overlaps
//!   it (one-to-one, in text order, an exact-extent partner preferred);
//! - strict precision/recall/F1: pairs with the same extent (byte-identical span), over the
//!   number of system / gold expressions;
//! - relaxed precision/recall/F1: all pairs (any overlap), over system / gold;
//! - type accuracy and value accuracy: share of the relaxed pairs whose `type` / `value`
//!   is identical;
//! - value precision/recall/F1 (TempEval-3's attribute F1): relaxed pairs with the right
//!   value, over system / gold.

use super::Annotation;

/// Counts for one document or a sum of documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub type_ok: usize,
    pub value_ok: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.type_ok += o.type_ok;
        self.value_ok += o.value_ok;
    }
}

/// Precision, recall and F1 in percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f: f64,
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

fn prf(hits: usize, system: usize, gold: usize) -> Prf {
    let (p, r) = (pct(hits, system), pct(hits, gold));
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf { p, r, f }
}

impl Counts {
    pub fn strict(&self) -> Prf {
        prf(self.strict, self.system, self.gold)
    }
    pub fn relaxed(&self) -> Prf {
        prf(self.relaxed, self.system, self.gold)
    }
    pub fn value(&self) -> Prf {
        prf(self.value_ok, self.system, self.gold)
    }
    pub fn type_accuracy(&self) -> f64 {
        pct(self.type_ok, self.relaxed)
    }
    pub fn value_accuracy(&self) -> f64 {
        pct(self.value_ok, self.relaxed)
    }
}

/// The one-to-one pairs (gold index, system index) of overlapping expressions.
pub fn pairs(gold: &[Annotation], system: &[Annotation]) -> Vec<(usize, usize)> {
    let mut used = vec![false; system.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let overlapping = |s: &Annotation| s.span.start < g.span.end && g.span.start < s.span.end;
        let exact = system
            .iter()
            .enumerate()
            .find(|(si, s)| !used.get(*si).copied().unwrap_or(true) && s.span == g.span);
        let any = || {
            system
                .iter()
                .enumerate()
                .find(|(si, s)| !used.get(*si).copied().unwrap_or(true) && overlapping(s))
        };
        if let Some((si, _)) = exact.or_else(any) {
            if let Some(u) = used.get_mut(si) {
                *u = true;
            }
            out.push((gi, si));
        }
    }
    out
}

/// Scores one document.
pub fn score(gold: &[Annotation], system: &[Annotation]) -> Counts {
    let mut c = Counts {
        gold: gold.len(),
        system: system.len(),
        ..Counts::default()
    };
    for (gi, si) in pairs(gold, system) {
        let (Some(g), Some(s)) = (gold.get(gi), system.get(si)) else {
            continue;
        };
        c.relaxed += 1;
        c.strict += usize::from(g.span == s.span);
        c.type_ok += usize::from(g.kind == s.kind);
        c.value_ok += usize::from(g.value == s.value);
    }
    c
}

/// One scored gold file.
#[derive(Clone, Debug)]
pub struct FileScore {
    pub name: String,
    pub counts: Counts,
    /// Missed, spurious and wrongly valued expressions, one per line (for `--errors`).
    pub errors: String,
}

/// Tags every `*.tml` file under `dir` (recursively, in name order) and scores it.
pub fn eval_dir(dir: &std::path::Path) -> Result<Vec<FileScore>, String> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    if files.is_empty() {
        return Err(format!("{}: no .tml files", dir.display()));
    }
    files.sort();
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        let bytes = crate::load::read_regular(&path, crate::load::MAX_FILE_BYTES)
            .map_err(|e| e.to_string())?;
        let doc = super::Document::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let system = doc.tag();
        let counts = score(&doc.gold, &system);
        let name = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        let errors = errors(&name, &doc.text, doc.dct, &doc.gold, &system);
        out.push(FileScore {
            name,
            counts,
            errors,
        });
    }
    Ok(out)
}

/// The `.tml` files under `dir`, recursively. Links are followed, but a folder already
/// visited (by device and inode) is not entered again, so `loop -> .` is read once.
fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    collect_unseen(dir, out, &mut seen)
}

fn collect_unseen(
    dir: &std::path::Path,
    out: &mut Vec<std::path::PathBuf>,
    seen: &mut std::collections::HashSet<(u64, u64)>,
) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let md = std::fs::metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        if !seen.insert((md.dev(), md.ino())) {
            return Ok(());
        }
    }
    #[cfg(not(unix))]
    {
        // Without inode numbers, do not follow links to folders at all.
        let _ = &seen;
        if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Ok(());
        }
    }
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: could not list: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: could not list: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_unseen(&path, out, seen)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Missed, spurious and differently extended or valued expressions of one document, one
/// tab-separated line each (`MISS`, `SPUR`, `EXTENT`, `VALUE`), with some context; a line
/// about a system expression ends with the rule that found it (`rule=following_unit`).
pub fn errors(
    name: &str,
    doc_text: &str,
    dct: chrono::NaiveDate,
    gold: &[Annotation],
    system: &[Annotation],
) -> String {
    use std::fmt::Write as _;
    let text = |a: &Annotation| a.span.slice(doc_text).unwrap_or("").replace('\n', " ");
    let context = |a: &Annotation| {
        let s = a.span.start.saturating_sub(40);
        let e = (a.span.end + 40).min(doc_text.len());
        let s = (s..=a.span.start)
            .find(|&i| doc_text.is_char_boundary(i))
            .unwrap_or(a.span.start);
        let e = (e..=doc_text.len())
            .find(|&i| doc_text.is_char_boundary(i))
            .unwrap_or(a.span.end);
        doc_text.get(s..e).unwrap_or("").replace('\n', " ")
    };
    let rule = |a: &Annotation| a.rule.unwrap_or("?");
    let p = pairs(gold, system);
    let mut out = String::new();
    for (gi, g) in gold.iter().enumerate() {
        match p
            .iter()
            .find(|(x, _)| *x == gi)
            .and_then(|(_, si)| system.get(*si))
        {
            None => {
                let _ = writeln!(
                    out,
                    "MISS\t{name}\t{}\t{}\t{}\t[{}]",
                    g.kind,
                    g.value,
                    text(g),
                    context(g)
                );
            }
            Some(s) => {
                if s.span != g.span {
                    let _ = writeln!(
                        out,
                        "EXTENT\t{name}\tgold={}\tsys={}\t[{}]\trule={}",
                        text(g),
                        text(s),
                        context(g),
                        rule(s)
                    );
                }
                if s.value != g.value || s.kind != g.kind {
                    let _ = writeln!(
                        out,
                        "VALUE\t{name}\t{}\t{} {}\tsys {} {}\tdct={}\t[{}]\trule={}",
                        text(g),
                        g.kind,
                        g.value,
                        s.kind,
                        s.value,
                        dct,
                        context(g),
                        rule(s)
                    );
                }
            }
        }
    }
    for (si, s) in system.iter().enumerate() {
        if !p.iter().any(|(_, x)| *x == si) {
            let _ = writeln!(
                out,
                "SPUR\t{name}\t{}\t{}\t{}\t[{}]\trule={}",
                s.kind,
                s.value,
                text(s),
                context(s),
                rule(s)
            );
        }
    }
    out
}

/// The per-file table and the totals, as printed by `eval-timeml`.
pub fn report(files: &[FileScore]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<40} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "file", "gold", "sys", "strict", "relax", "value"
    );
    let mut total = Counts::default();
    for f in files {
        let c = f.counts;
        total += c;
        let _ = writeln!(
            out,
            "{:<40} {:>5} {:>5} {:>7.1} {:>7.1} {:>7.1}",
            f.name,
            c.gold,
            c.system,
            c.strict().f,
            c.relaxed().f,
            c.value().f
        );
    }
    let (s, r, v) = (total.strict(), total.relaxed(), total.value());
    let _ = writeln!(
        out,
        "\nTOTAL {} files: gold {} system {}\n\
         strict   P {:.2} R {:.2} F1 {:.2}\n\
         relaxed  P {:.2} R {:.2} F1 {:.2}\n\
         type accuracy {:.2} (of {} relaxed matches)\n\
         value accuracy {:.2}; value P {:.2} R {:.2} F1 {:.2}",
        files.len(),
        total.gold,
        total.system,
        s.p,
        s.r,
        s.f,
        r.p,
        r.r,
        r.f,
        total.type_accuracy(),
        total.relaxed,
        total.value_accuracy(),
        v.p,
        v.r,
        v.f
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn a(s: usize, e: usize, kind: &str, value: &str) -> Annotation {
        Annotation {
            span: Span::new(s, e),
            kind: kind.into(),
            value: value.into(),
            rule: None,
        }
    }

    #[test]
    fn strict_relaxed_and_values() {
        let gold = [
            a(0, 6, "DATE", "2026-01-05"),
            a(10, 20, "DURATION", "P2Y"),
            a(30, 35, "DATE", "2026"),
        ];
        let system = [
            a(0, 6, "DATE", "2026-01-05"), // exact, right value
            a(12, 20, "DURATION", "P3Y"),  // overlap, wrong value
            a(40, 44, "DATE", "2025"),     // spurious
        ];
        let c = score(&gold, &system);
        assert_eq!((c.strict, c.relaxed, c.type_ok, c.value_ok), (1, 2, 2, 1));
        let r = c.relaxed();
        assert!((r.p - 200.0 / 3.0).abs() < 1e-9 && (r.r - 200.0 / 3.0).abs() < 1e-9);
        assert!((c.value_accuracy() - 50.0).abs() < 1e-9);
        assert!((c.value().f - 100.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn error_lines_name_the_rule_that_fired() {
        let text = "It rose in 2014 and again in 2015.";
        let dct = chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
        let gold = [a(11, 15, "DATE", "2014")];
        let mut spurious = a(29, 33, "DATE", "2015");
        spurious.rule = Some("year");
        let mut wrong = a(11, 15, "DATE", "2013");
        wrong.rule = Some("year");
        let lines = errors("doc", text, dct, &gold, &[wrong, spurious]);
        assert!(lines.lines().all(|l| l.ends_with("\trule=year")), "{lines}");
        assert_eq!(lines.lines().count(), 2, "{lines}");
    }

    #[test]
    fn one_system_expression_matches_one_gold() {
        let gold = [a(0, 4, "DATE", "x"), a(5, 9, "DATE", "y")];
        let system = [a(0, 9, "DATE", "x")];
        let c = score(&gold, &system);
        assert_eq!((c.relaxed, c.strict), (1, 0));
        assert!(score(&[], &[]).strict().f.abs() < f64::EPSILON);
    }
}
