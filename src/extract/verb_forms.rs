//! Base forms of verbs, for turning a clause into a yes/no question with "do": "whether the
//! bureau intersected with the foundation" → "Did the bureau intersect with the foundation?",
//! "whether the department has the evidence" → "Does the department have the evidence?".
//!
//! Only forms whose base is certain: irregular verbs from a list, and regular "-ed" forms
//! whose spelling says how the base ends. An "-ed" form that could go either way
//! ("visited" / "invited", "opened" / "phoned") gives `None`, and its clause stays as the
//! article wrote it rather than becoming a misspelt question.

/// Irregular past forms (and "-ed" forms no spelling rule gets right) with their base form.
const IRREGULAR: &[(&str, &str)] = &[
    ("acquired", "acquire"),
    ("added", "add"),
    ("agreed", "agree"),
    ("ate", "eat"),
    ("became", "become"),
    ("biased", "bias"),
    ("began", "begin"),
    ("bought", "buy"),
    ("broke", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("cited", "cite"),
    ("came", "come"),
    ("died", "die"),
    ("drew", "draw"),
    ("drove", "drive"),
    ("created", "create"),
    ("decreed", "decree"),
    ("disagreed", "disagree"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fought", "fight"),
    ("focused", "focus"),
    ("found", "find"),
    ("guided", "guide"),
    ("freed", "free"),
    ("guaranteed", "guarantee"),
    ("gave", "give"),
    ("got", "get"),
    ("grew", "grow"),
    ("held", "hold"),
    ("hid", "hide"),
    ("invited", "invite"),
    ("kept", "keep"),
    ("knew", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lied", "lie"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("paid", "pay"),
    ("pasted", "paste"),
    ("postponed", "postpone"),
    ("ran", "run"),
    ("rose", "rise"),
    ("said", "say"),
    ("sank", "sink"),
    ("saw", "see"),
    ("sent", "send"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("stole", "steal"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("swore", "swear"),
    ("tasted", "taste"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("tied", "tie"),
    ("told", "tell"),
    ("took", "take"),
    ("understood", "understand"),
    ("united", "unite"),
    ("wasted", "waste"),
    ("went", "go"),
    ("won", "win"),
    ("wrote", "write"),
    ("required", "require"),
    ("inquired", "inquire"),
];

/// Endings of a stem (the "-ed" form less "ed") that drop an "e": "approv-ed", "realiz-ed",
/// "plac-ed" (and a vowel "u": "argu-ed").
const E_DROPPED: &[char] = &['v', 'z', 'c'];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The base form of a past-tense verb, if its spelling makes it certain: "intersected" →
/// "intersect", "carried" → "carry", "agreed" → "agree", "stopped" → "stop", "approved" →
/// "approve", "went" → "go". `None` for anything else.
pub fn past_base(word: &str) -> Option<String> {
    if let Some((_, base)) = IRREGULAR.iter().find(|(past, _)| *past == word) {
        return Some((*base).to_owned());
    }
    if !word.bytes().all(|b| b.is_ascii_lowercase()) || word.len() < 5 {
        return None;
    }
    let stem = word.strip_suffix("ed")?;
    if let Some(s) = stem.strip_suffix('i') {
        // "carried", "denied" (not "died": listed).
        return (s.len() >= 2).then(|| format!("{s}y"));
    }
    let c: Vec<char> = stem.chars().collect();
    let (Some(&last), Some(&before)) = (c.last(), c.len().checked_sub(2).and_then(|k| c.get(k)))
    else {
        return None;
    };
    if last == 'u' {
        // "argued", "continued".
        return Some(format!("{stem}e"));
    }
    if is_vowel(last) {
        // "agreed" is listed; "indeed", "speed" are no pasts.
        return None;
    }
    if last == before {
        // "stopped" → "stop", "committed" → "commit"; "called", "passed" keep both.
        return Some(if matches!(last, 'l' | 's' | 'z' | 'f') {
            stem.to_owned()
        } else {
            c.get(..c.len() - 1)?.iter().collect()
        });
    }
    let before_before = c.len().checked_sub(3).and_then(|k| c.get(k)).copied();
    // A single vowel between consonants before the last letter ("decid-", "vot-", "declar-").
    let single_vowel = is_vowel(before) && before_before.is_some_and(|b| !is_vowel(b));
    // "changed"/"belonged", "breathed"/"reached": either way by spelling.
    if (last == 'g' && before == 'n') || (last == 'h' && before == 't') {
        return None;
    }
    let drops_e = E_DROPPED.contains(&last)
        || last == 'g'
        || (last == 'l' && !is_vowel(before) && !matches!(before, 'r' | 'w'))
        // "negotiated", "evaluated": "-iate" and "-uate" verbs.
        || (last == 't' && before == 'a' && matches!(before_before, Some('i' | 'u')))
        // "endorsed", "caused", "raised", "used" ("focused" and "biased" are listed).
        || last == 's'
        // "declared", "hired", "secured"; "created", "decided", "voted", "executed";
        // "ruled", "compiled", "consoled"; "traded", "concluded", "exploded".
        || (single_vowel
            && match last {
                'r' => matches!(before, 'a' | 'i' | 'u'),
                't' => matches!(before, 'a' | 'o' | 'u'),
                'd' => matches!(before, 'a' | 'i' | 'o' | 'u'),
                'l' => matches!(before, 'i' | 'o' | 'u'),
                _ => false,
            });
    if drops_e {
        // "approved", "realized", "placed", "argued", "charged", "handled".
        return Some(format!("{stem}e"));
    }
    // "wanted", "intersected", "asked", "formed", "reached", "showed", "fixed": two
    // consonants (or a final h, w, x, y) end the base as written; after two vowels one
    // consonant does ("claimed", "joined", "treated", "avoided"), except an "s" ("caused",
    // "raised").
    let vowel_pair = c
        .len()
        .checked_sub(3)
        .and_then(|k| c.get(k))
        .is_some_and(|&v| is_vowel(v) && is_vowel(before));
    // "ordered", "entered", "offered", "considered": "-er" verbs keep their stem.
    let er = last == 'r' && before == 'e';
    if matches!(last, 'h' | 'w' | 'x' | 'y')
        || !is_vowel(before)
        || er
        || (vowel_pair && last != 's')
    {
        return Some(stem.to_owned());
    }
    None
}

/// "has" → ("Does", "have"), "had" → ("Did", "have"), a past form → ("Did", its base).
pub fn do_support(word: &str) -> Option<(&'static str, String)> {
    match word {
        "has" => Some(("Does", "have".to_owned())),
        "have" => Some(("Do", "have".to_owned())),
        "had" => Some(("Did", "have".to_owned())),
        _ => past_base(word).map(|b| ("Did", b)),
    }
}

#[cfg(test)]
mod tests {
    use super::past_base;

    #[test]
    fn regular_pasts_whose_spelling_is_certain_give_their_base() {
        for (past, base) in [
            ("intersected", "intersect"),
            ("wanted", "want"),
            ("asked", "ask"),
            ("attacked", "attack"),
            ("carried", "carry"),
            ("agreed", "agree"),
            ("stopped", "stop"),
            ("committed", "commit"),
            ("called", "call"),
            ("passed", "pass"),
            ("approved", "approve"),
            ("realized", "realize"),
            ("placed", "place"),
            ("argued", "argue"),
            ("charged", "charge"),
            ("handled", "handle"),
            ("formed", "form"),
            ("endorsed", "endorse"),
            ("caused", "cause"),
            ("focused", "focus"),
            ("declared", "declare"),
            ("hired", "hire"),
            ("secured", "secure"),
            ("created", "create"),
            ("decided", "decide"),
            ("voted", "vote"),
            ("executed", "execute"),
            ("ruled", "rule"),
            ("traded", "trade"),
            ("concluded", "conclude"),
            ("treated", "treat"),
            ("ordered", "order"),
            ("negotiated", "negotiate"),
            ("evaluated", "evaluate"),
            ("crawled", "crawl"),
            ("tested", "test"),
            ("claimed", "claim"),
            ("joined", "join"),
            ("avoided", "avoid"),
            ("showed", "show"),
            ("fixed", "fix"),
            ("played", "play"),
            ("reached", "reach"),
            ("went", "go"),
            ("added", "add"),
        ] {
            assert_eq!(past_base(past).as_deref(), Some(base), "{past}");
        }
    }

    #[test]
    fn pasts_that_could_go_either_way_give_none() {
        // "visited"/"invited", "opened"/"phoned", "named"/"seemed", "targeted"/"deleted":
        // no guess.
        for past in [
            "visited", "opened", "named", "hoped", "declined", "targeted", "changed", "breathed",
        ] {
            assert_eq!(past_base(past), None, "{past}");
        }
        // Not a past form at all.
        for w in ["talks", "red", "bed", "Ahmed", "indeed", "speed"] {
            assert_eq!(past_base(w), None, "{w}");
        }
    }
}
