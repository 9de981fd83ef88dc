//! Where the memory of extracting a big article goes (a development probe for issue 17):
//! `cargo run --release --example mem_probe -- FILE`.
use briefline::extract::{Options, extract_text};
use cap::Cap;

#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    let base = ALLOC.allocated();
    let cleaned = briefline::extract::clean::clean(&text);
    let doc = briefline::extract::Doc::new(&text, &cleaned.paragraphs);
    let toks: usize = doc.sentences.iter().map(|s| s.tokens.len()).sum();
    let caps: usize = doc.sentences.iter().map(|s| s.tokens.capacity()).sum();
    println!(
        "input {} MB; doc {} MB; sentences {}; tokens {} (capacity {})",
        text.len() >> 20,
        (ALLOC.allocated() - base) >> 20,
        doc.sentences.len(),
        toks,
        caps
    );
    drop(doc);
    let before = ALLOC.allocated();
    let b = extract_text(&text, &Options::default());
    println!(
        "briefing kept {} MB; peak during extraction {} MB; events {} quotes {} questions {} actors {}",
        (ALLOC.allocated() - before) >> 20,
        (ALLOC.max_allocated() - before) >> 20,
        b.events.len(),
        b.quotes.len(),
        b.questions.len(),
        b.actors.len()
    );
}
