//! Pathological articles of ordinary size (issue 17), each generated at any scale: the
//! reported cases (many dates or quotes in one sentence, one huge word, a transcript with
//! no full stops, long chains of story-relative dates) and our own (long lists, quotes,
//! capitalised runs, numbers, nesting, many speakers). Shared by `benches/linear.rs` and
//! `tests/linear_work.rs`; every body starts with the title line `Probe article`.

#![allow(dead_code, reason = "each user takes the cases it needs")]

/// One generated case.
pub struct Case {
    pub name: &'static str,
    /// The article text at `scale` (1 = the base size, about 250 KB or less).
    pub make: fn(scale: usize) -> String,
}

fn article(body: &str) -> String {
    format!("Probe article\n\n{body}\n")
}

fn repeat_joined(unit: &str, n: usize, sep: &str) -> String {
    let mut s = String::with_capacity((unit.len() + sep.len()) * n);
    for i in 0..n {
        if i > 0 {
            s.push_str(sep);
        }
        s.push_str(unit);
    }
    s
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const NAMES: [&str; 12] = [
    "Ana", "Boris", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jin", "Kofi", "Lena",
];

/// Every case, in the order the bench prints them.
pub const CASES: &[Case] = &[
    Case {
        name: "said_one_sentence",
        make: |k| article(&repeat_joined("On Monday, he said: \"x\"", 4000 * k, " ")),
    },
    Case {
        name: "dates_one_sentence",
        make: |k| {
            let parts: Vec<String> = (0..15_000 * k)
                .map(|i| format!("{} {} {}", i % 28 + 1, MONTHS[i / 28 % 12], 2000 + i / 336))
                .collect();
            article(&parts.join(", "))
        },
    },
    Case {
        name: "one_huge_word",
        make: |k| article(&format!("It began in 2014 {}.", "-2014".repeat(16_000 * k))),
    },
    Case {
        name: "no_full_stops",
        make: |k| {
            article(&repeat_joined(
                "President Trump said on Monday that Russia and Ukraine in 2014",
                4000 * k,
                " ",
            ))
        },
    },
    Case {
        name: "following_year_chain",
        make: |k| {
            article(&format!(
                "In 1995 it began. {}",
                repeat_joined("The following year it grew.", 8000 * k, " ")
            ))
        },
    },
    Case {
        name: "said_sentences",
        make: |k| {
            article(&repeat_joined(
                "On Monday, he said: \"x\".",
                10_000 * k,
                " ",
            ))
        },
    },
    Case {
        name: "long_list",
        make: |k| {
            let items: Vec<String> = (0..20_000 * k).map(|i| format!("item {i}")).collect();
            article(&format!("The list held {}.", items.join(", ")))
        },
    },
    Case {
        name: "long_quote",
        make: |k| {
            article(&format!(
                "“{}” Ana Ruiz said on Monday.",
                repeat_joined("we will not accept this deal", 8000 * k, " and ")
            ))
        },
    },
    Case {
        name: "capitalised_run",
        make: |k| {
            let words: Vec<&str> = (0..40_000 * k).map(|i| NAMES[i % NAMES.len()]).collect();
            article(&format!("{} met on Monday.", words.join(" ")))
        },
    },
    Case {
        name: "long_number",
        make: |k| {
            article(&format!(
                "It cost {} dollars in 2014.",
                "9".repeat(200_000 * k)
            ))
        },
    },
    Case {
        name: "deep_nesting",
        make: |k| {
            let n = 20_000 * k;
            article(&format!(
                "He said {}on Monday{} it ended.",
                "(“[\"‘".repeat(n / 4),
                "’\"]”)".repeat(n / 4)
            ))
        },
    },
    Case {
        name: "many_speakers",
        make: |k| {
            let lines: Vec<String> = (0..6000 * k)
                .map(|i| {
                    format!(
                        "“We act on Monday,” said {} {}son-{i}.",
                        NAMES[i % NAMES.len()],
                        NAMES[(i / NAMES.len()) % NAMES.len()]
                    )
                })
                .collect();
            article(&lines.join(" "))
        },
    },
];
