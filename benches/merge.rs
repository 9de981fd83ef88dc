//! Merging speed (issue 15): generated stories of five outlets each (a wire report, a
//! broadsheet, a transcript, a live blog and an undated regional paper, each with its own
//! invented names), extracted first (not timed), then merged on one core. Targets: 1,000
//! articles in at most 5 s, 10,000 in at most 60 s. `cargo bench --bench merge` prints the
//! figures; `-- --quick` stops after 1,000 articles.

use briefline::extract::{Options, extract_text};
use briefline::model::Briefing;
use chrono::{Days, NaiveDate};
use rayon::prelude::*;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SYLLABLES: [&str; 16] = [
    "var", "lo", "ten", "mi", "sar", "ko", "bel", "dra", "ne", "tho", "ru", "vik", "an", "sel",
    "por", "ga",
];

/// A made-up capitalised word, different for each `n`.
fn word(mut n: usize) -> String {
    let mut w = String::new();
    for _ in 0..3 {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The five reports of story `k`, with their reference dates (the regional paper has none).
fn story(k: usize) -> Vec<(String, Option<NaiveDate>)> {
    let base = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    let day = base
        .checked_add_days(Days::new((k * 3) as u64))
        .unwrap_or(base);
    let next = day.succ_opt().unwrap_or(day);
    let later = day.checked_add_days(Days::new(30)).unwrap_or(day);
    let (city, accord, minister, rival, good) = (
        word(k * 5 + 1),
        word(k * 5 + 2),
        format!("{} {}", word(k * 5 + 3), word(k * 5 + 4)),
        word(k * 5 + 7_000_003),
        ["steel", "grain", "timber", "fish", "cotton"][k % 5],
    );
    let d = |x: NaiveDate| x.format("%-d %B %Y").to_string();
    let wd = day.format("%A");
    vec![
        (
            format!(
                "{city} accord signed\n\n{}, {} (Wirepoint) — {rival} and its neighbours signed the {accord} accord in {city} on {wd}, ending months of talks over {good}. “We have waited a long time for this day,” Minister {minister} said after the signing. The accord lifts the duties on {good} from {}.\n",
                city.to_uppercase(),
                day.format("%b %-d"),
                d(later)
            ),
            Some(day),
        ),
        (
            format!(
                "How the {accord} accord was won\n\nThe {accord} accord, signed in {city} on {}, was the first success of the talks on {good}. Minister {minister} told reporters: “We have waited a long time for this day.” Critics in {rival} said the duties on {good} should have gone sooner.\n",
                d(day)
            ),
            Some(next),
        ),
        (
            format!(
                "Transcript: the {accord} accord\n\nHOST: Minister, you signed the accord yesterday in {city}.\n\nMINISTER {}: We have waited a long time for this day. The duties on {good} go on {}.\n",
                minister.to_uppercase(),
                d(later)
            ),
            Some(next),
        ),
        (
            format!(
                "Live: {city} talks\n\n09:10 — Delegates arrive in {city} for the last day of the talks on {good}.\n\n17:45 — The {accord} accord is signed, {rival} officials confirm. Minister {minister} calls it “a long-awaited day”.\n"
            ),
            Some(day),
        ),
        (
            format!(
                "{good} traders cautious\n\nTraders in {rival} reacted calmly to the {accord} accord signed yesterday in {city}. Whether the duties on {good} will really go remains to be seen.\n"
            ),
            None,
        ),
    ]
}

fn parts(articles: usize) -> Vec<Briefing> {
    let stories = articles.div_ceil(5);
    let texts: Vec<(String, Option<NaiveDate>)> =
        (0..stories).flat_map(story).take(articles).collect();
    texts
        .par_iter()
        .enumerate()
        .map(|(i, (text, date))| {
            extract_text(
                text,
                &Options {
                    source_name: format!("article-{i}.txt"),
                    meta: None,
                    reference_date: *date,
                },
            )
        })
        .collect()
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let one_core = rayon::ThreadPoolBuilder::new().num_threads(1).build();
    let Ok(pool) = one_core else {
        eprintln!("merge bench: could not build a one-thread pool");
        return;
    };
    let sizes: &[(usize, f64)] = if quick {
        &[(1_000, 5.0)]
    } else {
        &[(1_000, 5.0), (2_000, 10.0), (10_000, 60.0)]
    };
    println!("articles  events before → after  quotes before → after  merge (1 core)  target");
    for &(n, target) in sizes {
        let p = parts(n);
        let events: usize = p.iter().map(|b| b.events.len()).sum();
        let quotes: usize = p.iter().map(|b| b.quotes.len()).sum();
        // Median of three runs (one for 10,000).
        let runs = if n >= 10_000 { 1 } else { 3 };
        let mut times = Vec::new();
        let mut merged = Briefing::default();
        for _ in 0..runs {
            let input = p.clone();
            let t = Instant::now();
            merged = pool.install(|| briefline::merge::merge(input));
            times.push(t.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "{n:>8}  {events:>6} → {:<6}            {quotes:>6} → {:<6}           {median:>7.2} s       ≤ {target} s {}",
            merged.events.len(),
            merged.quotes.len(),
            if median <= target { "ok" } else { "MISSED" }
        );
    }
}
