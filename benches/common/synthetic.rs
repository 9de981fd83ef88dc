//! The extraction benchmark's large article, shared with `examples/extract_once.rs` (which
//! runs it once under callgrind): the seed's body paragraphs repeated with varied years,
//! weekdays and names so the extractor cannot take shortcuts.

use briefline::load::SEED_TEXT;
use std::fmt::Write as _;

/// An article of at least `target_bytes`.
pub fn synthetic(target_bytes: usize) -> String {
    let body: Vec<&str> = SEED_TEXT
        .split("\n\n")
        .filter(|p| p.split_whitespace().count() > 12)
        .collect();
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let names = [
        "Steve Witkoff",
        "Jared Kushner",
        "Gen. Alexus Grynkewich",
        "Mayor Ana Ruiz",
    ];
    let mut out = String::from("A Long Synthetic Briefing\n\n");
    let mut i = 0usize;
    while out.len() < target_bytes {
        let p = body[i % body.len()];
        out.push_str(p);
        let _ = write!(
            out,
            " {} said talks resumed on {} after a pause in {}.\n\n",
            names[i % names.len()],
            weekdays[i % weekdays.len()],
            1990 + (i % 36)
        );
        i += 1;
    }
    out
}
