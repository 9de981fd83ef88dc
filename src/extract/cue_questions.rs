//! Explicit cues put as questions, one rule per cue family: what is still pending ("has yet
//! to ratify", "were not concluded") asks whether it will happen; an investigation asks what
//! it will find; silence asks how someone will respond or what the details are; a denial
//! asks who was responsible or whether the denied report holds. A clause that fits no rule
//! is left to [`super::questions`]' plain inversion.

use super::hedge_questions::{
    FINITE, inverted, is_relative, lowered_near, noun_phrase, predicate, relative_antecedent,
    slice, subject, will_question, word,
};
use super::question_cues::{Cue, CueKind};
use super::tokens::Token;

/// The question an explicit cue in clause `range` of `sentence` gives, if its family's rule
/// fits the clause.
pub fn cue_question(
    text: &str,
    sentence: &[Token<'_>],
    range: std::ops::Range<usize>,
    cue: Cue,
) -> Option<String> {
    let ct = sentence.get(range.clone())?;
    let q = match cue.kind {
        CueKind::Pending => pending(text, sentence, range.start, ct, cue),
        CueKind::Investigation => investigation(text, ct, cue),
        CueKind::NotSaid => not_said(text, sentence, range.start, ct, cue),
        CueKind::Disputed => disputed(text, ct, cue),
        CueKind::Unclear => unclear(text, ct, cue),
        _ => None,
    }?;
    (q.split_whitespace().count() >= 3).then_some(q)
}

/// The subject of the verb group at `verb` of the clause, or, for a clause that opens on
/// its verb ("…, which helped draft the plan, but has not signed off"), the subject it
/// shares with the clause before: a relative pronoun's antecedent, else the subject of the
/// sentence's previous verb ("talks had progressed but were not concluded").
fn shared_subject(
    text: &str,
    sentence: &[Token<'_>],
    offset: usize,
    ct: &[Token<'_>],
    verb: usize,
) -> Option<String> {
    if let Some(s) = subject(text, ct, verb) {
        return Some(s);
    }
    let at = offset + verb;
    let mut k = at;
    while k > 0 && matches!(word(sentence, k - 1).as_str(), "but" | "and" | ",") {
        k -= 1;
    }
    if k == at && verb > 0 {
        return None;
    }
    let before = sentence.get(..k)?;
    if let Some(rel) = (1..before.len()).rev().find(|&r| {
        matches!(word(before, r).as_str(), "which" | "who") && word(before, r - 1) == ","
    }) {
        return relative_antecedent(text, before, rel);
    }
    let prev = (0..k)
        .rev()
        .find(|&v| FINITE.contains(&word(sentence, v).as_str()))?;
    subject(text, sentence, prev)
}

/// The whole noun phrase that opens the clause and ends at `verb`, up to 16 words with no
/// finite verb ("Language outlining direct U.S. support for a force in Ukraine"), longer
/// than [`subject`] allows; its first word lower case where the article writes it so.
fn clause_subject(text: &str, ct: &[Token<'_>], verb: usize) -> Option<String> {
    let mut start = 0;
    while matches!(
        word(ct, start).as_str(),
        "and" | "but" | "while" | "as" | "even"
    ) {
        start += 1;
    }
    let toks = ct.get(start..verb)?;
    let plain = !toks.is_empty()
        && toks.len() <= 16
        && toks.first().is_some_and(Token::is_word)
        && !toks
            .iter()
            .any(|t| FINITE.contains(&t.lower().as_str()) || t.text == ",");
    if !plain {
        return None;
    }
    let at = toks.first().map_or(0, super::tokens::Token::start);
    Some(noun_phrase(&lowered_near(text, at, slice(text, toks))))
}

/// The first auxiliary before `k` among the few words before it ("has not", "were not").
fn aux_before(ct: &[Token<'_>], k: usize) -> Option<usize> {
    (1..=2)
        .filter_map(|d| k.checked_sub(d))
        .find(|&a| FINITE.contains(&word(ct, a).as_str()))
}

fn join(text: &str, toks: &[Token<'_>]) -> String {
    slice(text, toks)
        .trim_end_matches([',', '.', ';'])
        .to_owned()
}

/// Pending: "S is yet to V O", "S has so far failed to V O", "S must still V" → "Will S V
/// O?"; "S were not concluded" → "Will S be concluded?"; "S has not officially signed off
/// on O" → "Has S officially signed off on O?".
fn pending(
    text: &str,
    sentence: &[Token<'_>],
    offset: usize,
    ct: &[Token<'_>],
    cue: Cue,
) -> Option<String> {
    let end = cue.at + cue.len;
    let head = word(ct, cue.at);
    // "S stopped short of formally endorsing O" → "Will S go as far as formally endorsing
    // O?"
    if head == "stopped" && word(ct, cue.at + 1) == "short" && word(ct, cue.at + 2) == "of" {
        let s = shared_subject(text, sentence, offset, ct, cue.at)?;
        let p = predicate(ct, cue.at + 3, false)?;
        return Some(format!("Will {s} go as far as {}?", join(text, p)));
    }
    // "Language on X was softened compared with earlier drafts" → "Why was language on X
    // softened?"
    if head == "softened" {
        let aux = (1..=2)
            .filter_map(|d| cue.at.checked_sub(d))
            .find(|&k| matches!(word(ct, k).as_str(), "was" | "were" | "is" | "are"))?;
        let s = clause_subject(text, ct, aux)?;
        return Some(format!("Why {} {s} softened?", word(ct, aux)));
    }
    // "No decision has been made on the future of the airport" → "What will be decided on
    // the future of the airport?"
    if head == "no" && (cue.at + 1..=cue.at + 2).any(|k| word(ct, k) == "decision") {
        let on = (cue.at + 2..ct.len().min(cue.at + 8))
            .find(|&k| matches!(word(ct, k).as_str(), "on" | "about" | "over"))?;
        let p = predicate(ct, on + 1, false)?;
        return Some(format!(
            "What will be decided {} {}?",
            word(ct, on),
            join(text, p)
        ));
    }
    // "The funding conference has been postponed indefinitely" → "When will the funding
    // conference take place?"
    if matches!(head.as_str(), "postponed" | "delayed" | "suspended")
        && word(ct, cue.at + 1) == "indefinitely"
    {
        // The first auxiliary of the verb group ("has" of "has been postponed").
        let aux = (1..=3)
            .rev()
            .filter_map(|d| cue.at.checked_sub(d))
            .find(|&k| FINITE.contains(&word(ct, k).as_str()))?;
        let s = clause_subject(text, ct, aux)
            .or_else(|| shared_subject(text, sentence, offset, ct, aux))?;
        let verb = if head == "suspended" {
            "resume"
        } else {
            "take place"
        };
        return Some(format!("When will {s} {verb}?"));
    }
    // "yet to", "still to be", "so far failed (to)", "failed to reach".
    if let Some(to) = (cue.at..=end).find(|&k| word(ct, k) == "to")
        && matches!(head.as_str(), "yet" | "still" | "so" | "failed")
    {
        let mut verb = cue.at;
        while verb > 0
            && (FINITE.contains(&word(ct, verb - 1).as_str())
                || matches!(word(ct, verb - 1).as_str(), "still" | "also" | "thus"))
        {
            verb -= 1;
        }
        let s = shared_subject(text, sentence, offset, ct, verb)?;
        let p = predicate(ct, to + 1, is_relative(ct, verb))?;
        return Some(will_question(&s, slice(text, p)));
    }
    if head != "not" {
        return None;
    }
    let aux = aux_before(ct, cue.at)?;
    let mut rest = cue.at + 1;
    while matches!(
        word(ct, rest).as_str(),
        "yet" | "officially" | "formally" | "been"
    ) {
        rest += 1;
    }
    let passive = matches!(word(ct, aux).as_str(), "is" | "are" | "was" | "were")
        || (cue.at + 1..rest).any(|k| word(ct, k) == "been");
    let s = shared_subject(text, sentence, offset, ct, aux)?;
    let p = predicate(ct, rest, false)?;
    let p = join(text, p);
    // "not yet officially", "not formally": the manner stays in the question.
    let adverbs: Vec<&str> = (cue.at + 1..rest)
        .filter_map(|k| ct.get(k))
        .filter(|t| !t.is("yet") && !t.is("been"))
        .map(|t| t.text)
        .collect();
    if passive {
        let manner: String = adverbs.iter().flat_map(|a| [*a, " "]).collect();
        return Some(format!("Will {s} be {manner}{p}?"));
    }
    let aux_word = match word(ct, aux).as_str() {
        "have" => "Have",
        "had" | "has" => "Has",
        _ => return None,
    };
    let adverbs = if adverbs.is_empty() {
        String::new()
    } else {
        format!("{} ", adverbs.join(" "))
    };
    Some(format!("{aux_word} {s} {adverbs}{p}?"))
}

/// "the chamber is investigating the matter" → "What will the chamber's investigation of
/// the matter find?"; "An investigation is underway after X happened" → "What will the
/// investigation find after X happened?".
fn investigation(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let head = word(ct, cue.at);
    if head == "investigation" {
        let after = cue.at + cue.len;
        let p = predicate(ct, after + 1, false)?;
        return match word(ct, after).as_str() {
            "into" | "of" => Some(format!(
                "What will the investigation {} {} find?",
                word(ct, after),
                join(text, p)
            )),
            "after" | "following" => Some(format!(
                "What will the investigation find {} {}?",
                word(ct, after),
                join(text, p)
            )),
            _ => None,
        };
    }
    if !matches!(head.as_str(), "is" | "are" | "were") {
        return None;
    }
    let s = subject(text, ct, cue.at)?;
    let p = predicate(ct, cue.at + cue.len, false)?;
    Some(format!(
        "What will {} investigation of {} find?",
        possessive(&s),
        join(text, p)
    ))
}

/// A personal pronoun alone: whom it stands for is not known here.
fn is_pronoun(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "you"
    )
}

/// "whether the vote holds", "how it ends": a clause, not a noun phrase.
fn starts_wh(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where"
    )
}

/// A request to be answered ("requests for comment", "calls", "emails"), not a topic.
fn is_request(first_word: &str) -> bool {
    matches!(
        first_word,
        "request"
            | "requests"
            | "call"
            | "calls"
            | "message"
            | "messages"
            | "email"
            | "emails"
            | "inquiry"
            | "inquiries"
            | "queries"
            | "query"
            | "questions"
    )
}

fn possessive(s: &str) -> String {
    // "they are investigating" → "their investigation", never "they's".
    let pronoun = match s.to_lowercase().as_str() {
        "he" => Some("his"),
        "she" => Some("her"),
        "it" => Some("its"),
        "they" => Some("their"),
        "we" => Some("our"),
        "i" => Some("my"),
        "you" => Some("your"),
        _ => None,
    };
    if let Some(p) = pronoun {
        p.to_owned()
    } else if s.ends_with('s') && !s.ends_with("ss") {
        format!("{s}'")
    } else {
        format!("{s}'s")
    }
}

/// What follows a preposition from `set` right after `k`: "on the report", "to the letter".
fn object_after<'t>(
    ct: &'t [Token<'t>],
    k: usize,
    set: &[&str],
) -> Option<(&'t str, &'t [Token<'t>])> {
    let prep = ct.get(k)?;
    if !set.contains(&prep.lower().as_str()) {
        return None;
    }
    Some((prep.text, predicate(ct, k + 1, false)?))
}

/// Silence: "S declined to comment on O" → "How will S respond to O?"; "There was no
/// comment from S" → "How will S respond?"; "details are set to follow" → "What further
/// details will S give?"; "S did not offer any details" → "What did S not disclose?";
/// "…that it had V-ed O, without offering any details" → "Has S V-ed O?".
fn not_said(
    text: &str,
    sentence: &[Token<'_>],
    offset: usize,
    ct: &[Token<'_>],
    cue: Cue,
) -> Option<String> {
    let cue_words: Vec<String> = (cue.at..cue.at + cue.len).map(|k| word(ct, k)).collect();
    let last = cue_words.last()?.as_str();
    let after = cue.at + cue.len;
    if cue_words.first().is_some_and(|w| w == "without") {
        return unexplained_claim(text, sentence, offset, ct, cue.at);
    }
    if last == "follow" {
        let said = (0..cue.at)
            .rev()
            .find(|&k| super::gazetteer::SPEECH_VERBS_SET.contains(word(ct, k).as_str()))?;
        let s = subject(text, ct, said)?;
        return Some(format!("What further details will {s} give?"));
    }
    if last == "details" {
        if let Some((_, o)) = object_after(ct, after, &["on", "about", "of"]) {
            return Some(format!("What are the details of {}?", join(text, o)));
        }
        let verb = (1..=3)
            .filter_map(|d| cue.at.checked_sub(d))
            .find(|&k| word(ct, k) == "did")
            .unwrap_or(cue.at);
        let s = subject(text, ct, verb)?;
        return Some(format!("What did {s} not disclose?"));
    }
    // "declined to speculate on a backup plan" → "What will Corker say about a backup plan?";
    // "declined to rule out a run" → "Will Martin rule out a run?".
    if matches!(
        cue_words.first().map(String::as_str),
        Some("declined" | "refused")
    ) && !matches!(last, "comment" | "say" | "give" | "disclose" | "confirm")
    {
        let s = subject(text, ct, cue.at).filter(|s| !is_pronoun(s))?;
        let mut from = after;
        while matches!(
            word(ct, from).as_str(),
            "on" | "about" | "publicly" | "specifically" | "further" | "whether"
        ) {
            from += 1;
        }
        // The object ends before "whether" or "but" even past the predicate's length limit.
        let limit = (from..ct.len())
            .find(|&k| word(ct, k) == "whether" || word(ct, k) == "but")
            .unwrap_or(ct.len());
        let p = predicate(ct.get(..limit)?, from, false)?;
        // "… the report specifically but said in a statement …": the object ends where the
        // clause goes on.
        let mut end = p
            .iter()
            .position(|t| t.is("but") || t.is("whether"))
            .unwrap_or(p.len());
        // "… to AIPAC or whether he would honor …": the first object only.
        while end > 0 && p.get(end - 1).is_some_and(|t| t.is("or") || t.is("and")) {
            end -= 1;
        }
        while end > 0 && p.get(end - 1).is_some_and(|t| t.is("specifically")) {
            end -= 1;
        }
        let o = join(text, p.get(..end).filter(|o| !o.is_empty())?);
        if last == "out" {
            return Some(format!("Will {s} rule out {o}?"));
        }
        return Some(format!("What will {s} say about {o}?"));
    }
    // "did not respond in kind": no silence, a manner.
    if last == "respond" && word(ct, after) == "in" {
        return None;
    }
    let respond = matches!(
        last,
        "comment" | "respond" | "reached" | "return" | "available"
    ) || cue_words.iter().any(|w| w == "comment");
    if !respond || cue_words.first().is_some_and(|w| w == "not") {
        return None;
    }
    let s = if cue_words.first().is_some_and(|w| w == "no") {
        let (_, from) = object_after(ct, after, &["from"])?;
        noun_phrase(&join(text, from))
    } else {
        let verb = aux_before(ct, cue.at).unwrap_or(cue.at);
        subject(text, ct, verb).filter(|s| !is_pronoun(s))?
    };
    match object_after(ct, after, &["on", "to", "about"]) {
        // "respond to requests for comment", "to emailed questions about …": the request
        // is no topic.
        Some((_, o)) if last != "reached" && !(0..3).any(|k| is_request(&word(o, k))) => {
            Some(format!("How will {s} respond to {}?", join(text, o)))
        }
        _ => Some(format!("How will {s} respond?")),
    }
}

/// "(S said) that it had submitted its response, without offering any details" → "Has S
/// submitted its response?": the claim left without details, its pronoun subject the
/// speaker's.
fn unexplained_claim(
    text: &str,
    sentence: &[Token<'_>],
    offset: usize,
    ct: &[Token<'_>],
    without: usize,
) -> Option<String> {
    let mut end = without;
    while end > 0 && word(ct, end - 1) == "," {
        end -= 1;
    }
    let mut start = 0;
    while matches!(word(ct, start).as_str(), "and" | "that" | "but") {
        start += 1;
    }
    let claim = ct.get(start..end)?;
    let aux = claim
        .iter()
        .position(|t| matches!(t.lower().as_str(), "has" | "have" | "had"))?;
    // "(The union said) it had accepted": the pronoun stands for the speaker.
    let pronoun = aux >= 1 && matches!(word(claim, aux - 1).as_str(), "it" | "they" | "he" | "she");
    let s = if pronoun {
        let said = (0..offset + start + aux - 1)
            .rev()
            .find(|&k| super::gazetteer::SPEECH_VERBS_SET.contains(word(sentence, k).as_str()))?;
        subject(text, sentence, said)?
    } else {
        subject(text, claim, aux)?
    };
    let p = predicate(claim, aux + 1, false)?;
    let aux_word = if word(claim, aux) == "have" || word(claim, 0) == "they" {
        "Have"
    } else {
        "Has"
    };
    Some(format!("{aux_word} {s} {}?", join(text, p)))
}

/// "could", "would", "may"…: a modal verb.
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "can" | "could" | "will" | "would" | "may" | "might" | "shall" | "should" | "must"
    )
}

/// Denials and reports: "S denied responsibility for O" → "Who was responsible for O?";
/// "S denied reports that X might V" → "Will X V?"; "S reserves the right to V O" → "Will
/// S V O?"; "S was reportedly hit by X" → "Was S hit by X?".
fn disputed(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let after = cue.at + cue.len;
    let cue_words: Vec<String> = (cue.at..after).map(|k| word(ct, k)).collect();
    let last = cue_words.last()?.as_str();
    match last {
        "responsibility" | "claimed" => {
            let (_, o) = object_after(ct, after, &["for"])
                .or_else(|| object_after(ct, after + 1, &["for"]))?;
            Some(format!("Who was responsible for {}?", join(text, o)))
        }
        "reports" if word(ct, after) == "that" => inverted(text, ct.get(after + 1..)?),
        "right" if word(ct, after) == "to" => {
            let s = subject(text, ct, cue.at)?;
            let p = predicate(ct, after + 1, false)?;
            Some(will_question(&s, slice(text, p)))
        }
        "reportedly" | "allegedly" => {
            let aux = cue.at.checked_sub(1)?;
            let be = match word(ct, aux).as_str() {
                "was" => "Was",
                "were" => "Were",
                "is" => "Is",
                "are" => "Are",
                "has" => "Has",
                "have" => "Have",
                "had" => "Had",
                // "could reportedly face": a modal's question is not the report's.
                w if FINITE.contains(&w) || is_modal(w) => return None,
                // "Cuccinelli reportedly reacted to the decision by …" → "Did Cuccinelli
                // react to the decision by …?": a past verb whose base is certain.
                // Not without an object ("Trump reportedly said, …"), nor when a second
                // verb follows ("a plot he allegedly made was enough…": no clause of its own).
                _ => {
                    let verb = ct.get(after)?;
                    let s = subject(text, ct, cue.at)?;
                    let p = predicate(ct, after + 1, false)?;
                    if p.iter().any(|t| FINITE.contains(&t.lower().as_str())) {
                        return None;
                    }
                    // "Castro reportedly has lived like a king" → "Has Castro lived …?"
                    let participle = p.first().is_some_and(|n| {
                        n.is("been") || n.text.ends_with("ed") || n.text.ends_with("en")
                    });
                    if matches!(verb.text, "has" | "have" | "had") && participle {
                        let aux = match verb.text {
                            "has" => "Has",
                            "have" => "Have",
                            _ => "Had",
                        };
                        return Some(format!("{aux} {s} {}?", join(text, p)));
                    }
                    let (aux_word, base) = super::verb_forms::do_support(verb.text)?;
                    return Some(format!("{aux_word} {s} {base} {}?", join(text, p)));
                }
            };
            let s = subject(text, ct, aux)?;
            let p = predicate(ct, after, false)?;
            Some(format!("{be} {s} {}?", join(text, p)))
        }
        _ => None,
    }
}

/// "The cause of the fire is not known" → "What caused the fire?"; "The fate of the crew
/// remains unclear" → "What is the fate of the crew?".
fn unclear(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    // Only the clause's last words: "…is unknown." with nothing after.
    let after = cue.at + cue.len;
    if ct.get(after..)?.iter().any(Token::is_word) {
        return None;
    }
    let verb = (1..=2)
        .filter_map(|d| cue.at.checked_sub(d))
        .find(|&k| {
            matches!(
                word(ct, k).as_str(),
                "is" | "are" | "was" | "were" | "remains" | "remain"
            )
        })
        .or_else(|| {
            matches!(
                word(ct, cue.at).as_str(),
                "remains" | "is" | "are" | "was" | "were"
            )
            .then_some(cue.at)
        })?;
    // "they were not sure" is someone's state of mind; "Whether X happens is an open
    // question" has a clause for subject, which "What is …?" cannot carry.
    let s = subject(text, ct, verb).filter(|s| !is_pronoun(s) && !starts_wh(s))?;
    if starts_wh(&word(ct, 0)) {
        return None;
    }
    if let Some(of) = s.strip_prefix("the cause of ") {
        return Some(format!("What caused {of}?"));
    }
    let be = if matches!(word(ct, verb).as_str(), "are" | "were" | "remain") {
        "are"
    } else {
        "is"
    };
    Some(format!("What {be} {s}?"))
}

#[cfg(test)]
mod tests {
    use crate::extract::questions::tests_support::questions;

    #[test]
    fn pending_asks_whether_it_will_happen() {
        assert_eq!(
            questions("The board is yet to approve the merger with the rival bank."),
            ["Will the board approve the merger with the rival bank?"]
        );
        assert_eq!(
            questions(
                "Attempts to repair the dam have so far failed to stop the leak. Two earlier attempts were abandoned."
            ),
            ["Will attempts to repair the dam stop the leak?"]
        );
        assert_eq!(
            questions("The mayor said the strike talks had progressed but were not concluded."),
            ["Will the strike talks be concluded?"]
        );
        assert_eq!(
            questions(
                "The city wants help from the lender, the Harbour Trust, which drew up the scheme, but has not officially signed off on the loan, officials said."
            ),
            ["Has the Harbour Trust officially signed off on the loan?"]
        );
    }

    #[test]
    fn stopping_short_and_softening_ask_whether_and_why() {
        assert_eq!(
            questions(
                "The league welcomed the talks, even as the union stopped short of formally backing the deal."
            ),
            ["Will the union go as far as formally backing the deal?"]
        );
        assert_eq!(
            questions(
                "The draft was long. A clause on water rights for the northern farms was softened compared with the draft."
            ),
            ["Why was a clause on water rights for the northern farms softened?"]
        );
    }

    #[test]
    fn no_decision_asks_what_will_be_decided() {
        assert_eq!(
            questions("No final decision has been taken on the route of the new tram line."),
            ["What will be decided on the route of the new tram line?"]
        );
    }

    #[test]
    fn investigations_ask_what_they_will_find() {
        assert_eq!(
            questions("The league said the panel is investigating the transfer."),
            ["What will the panel's investigation of the transfer find?"]
        );
        assert_eq!(
            questions("An investigation is underway after a ferry sank off the cape."),
            ["What will the investigation find after a ferry sank off the cape?"]
        );
        // A pronoun takes its possessive form.
        assert_eq!(
            questions("Police say they are investigating whether the fire was set."),
            ["What will their investigation of whether the fire was set find?"]
        );
    }

    #[test]
    fn silence_asks_for_a_response_or_details() {
        assert_eq!(
            questions("The ministry declined to comment on the report."),
            ["How will the ministry respond to the report?"]
        );
        assert_eq!(
            questions("There was no immediate comment from the rail union."),
            ["How will the rail union respond?"]
        );
        assert_eq!(
            questions("The palace added that further details are set to follow."),
            ["What further details will the palace give?"]
        );
        assert_eq!(
            questions("The union said it had accepted the offer, without giving any details."),
            ["Has the union accepted the offer?"]
        );
    }

    #[test]
    fn denials_and_reports_ask_what_holds() {
        assert_eq!(
            questions("The militia denied responsibility for the blast, citing its ceasefire."),
            ["Who was responsible for the blast?"]
        );
        assert_eq!(
            questions("He denied reports that the envoy might soon visit the capital."),
            ["Will the envoy soon visit the capital?"]
        );
        assert_eq!(
            questions("The frigate was reportedly hit by a drone near the port."),
            ["Was the frigate hit by a drone near the port?"]
        );
        // A past verb after the cue asks with "did"; "has" and a participle with "has".
        assert_eq!(
            questions("The governor reportedly reacted to the ruling by leaving the hall."),
            ["Did the governor react to the ruling by leaving the hall?"]
        );
        assert_eq!(
            questions("The former minister reportedly has lived abroad since the vote."),
            ["Has the former minister lived abroad since the vote?"]
        );
        assert_eq!(
            questions("The officer had allegedly punched the man outside the bar."),
            ["Had the officer punched the man outside the bar?"]
        );
        // No object, or a second verb after it: the report stays as written.
        for text in [
            "The mayor reportedly said, \"Ask the council,\" and left.",
            "A deal the envoy allegedly signed was enough to end the strike.",
        ] {
            let q = questions(text);
            assert!(q.iter().all(|q| !q.starts_with("Did")), "{text}: {q:?}");
        }
        assert_eq!(
            questions("The agency said the ministry reserves the right to revoke the licence."),
            ["Will the ministry revoke the licence?"]
        );
    }

    #[test]
    fn silence_and_unknowns_need_a_named_subject_and_a_real_topic() {
        assert_eq!(
            questions("The port authority did not immediately respond to requests for comment."),
            ["How will the port authority respond?"]
        );
        assert_eq!(
            questions("The port authority did not respond to an email seeking comment."),
            ["How will the port authority respond?"]
        );
        assert_eq!(
            questions(
                "The port authority did not respond to emailed questions about the dredging."
            ),
            ["How will the port authority respond?"]
        );
        // A pronoun or a clause as subject gives no "How will they …?" / "What is …?".
        for s in [
            "Asked about the fares, they did not respond to the letter.",
            "A fifth of the riders said they were not sure.",
            "Whether the ferry line survives the winter is unclear.",
        ] {
            assert!(
                questions(s)
                    .iter()
                    .all(|q| !q.starts_with("How will they") && !q.starts_with("What ")),
                "{s}: {:?}",
                questions(s)
            );
        }
    }

    #[test]
    fn unknowns_ask_what_they_are() {
        assert_eq!(
            questions("The cause of the blaze is not known."),
            ["What caused the blaze?"]
        );
        assert_eq!(
            questions("The fate of the crew remains unclear."),
            ["What is the fate of the crew?"]
        );
    }
}
