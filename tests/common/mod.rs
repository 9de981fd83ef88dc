//! Fixtures shared by integration tests.

use std::fmt::Write as _;

/// About 50 MB of news-like paragraphs, each different (a dated statement, a quote and an
/// open question), behind a headline and a dateline.
pub fn fifty_megabyte_article() -> String {
    let mut text = String::with_capacity(50 * 1024 * 1024 + 512);
    text.push_str("Talks drag on\n\nKYIV, Jan. 6, 2026 (Reuters) — ");
    let mut i = 0u32;
    while text.len() < 50 * 1024 * 1024 {
        let _ = write!(
            text,
            "Officials in city {i} said talks would resume in March {}. “We are not there \
             yet on point {i},” the minister said. It remains unclear whether deal {i} \
             will hold.\n\n",
            1990 + i % 40
        );
        i += 1;
    }
    text
}
